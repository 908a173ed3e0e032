import type { Metadata } from "next"
import Link from "next/link"
import { cancelEmailChange } from "@/lib/data/profile-actions"
import { EmailedLinkForm } from "@/modules/auth/components/emailed-link-form"
import { AccessTemplate } from "@/modules/auth/templates/access-template"

export const metadata: Metadata = { title: "Cancel an email change" }

/** "This wasn't me", from the notice sent to the old address. */
export default async function CancelEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  return (
    <AccessTemplate
      title="Cancel the email change"
      lead="If you did not ask to change your account's email address, cancel it here: your account keeps this address and everyone is signed out."
    >
      <EmailedLinkForm token={token} action={cancelEmailChange} submit="Cancel the change" pendingLabel="Cancelling…" />
      <p>
        <Link href="/login">Go to sign-in</Link>
      </p>
    </AccessTemplate>
  )
}
