import type { Metadata } from "next"
import Link from "next/link"
import { cancelEmailChange } from "@/lib/data/profile-actions"
import { ActionForm } from "@/modules/common/components/action-form"
import { AccessTemplate } from "@/modules/auth/templates/access-template"

export const metadata: Metadata = { title: "Cancel an email change" }

/** "This wasn't me", from the notice sent to the old address. A click, not just opening the link (mail scanners). */
export default async function CancelEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  return (
    <AccessTemplate
      title="Cancel the email change"
      lead="If you did not ask to change your account's email address, cancel it here: your account keeps this address and everyone is signed out."
    >
      {token ? (
        <ActionForm action={cancelEmailChange} submit="Cancel the change" pendingLabel="Cancelling…">
          <input type="hidden" name="token" value={token} />
        </ActionForm>
      ) : (
        <p role="alert">This link is incomplete. Open it again from your email.</p>
      )}
      <p>
        <Link href="/login">Go to sign-in</Link>
      </p>
    </AccessTemplate>
  )
}
