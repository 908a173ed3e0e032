import type { Metadata } from "next"
import Link from "next/link"
import { confirmEmail } from "@/lib/data/profile-actions"
import { EmailedLinkForm } from "@/modules/auth/components/emailed-link-form"
import { AccessTemplate } from "@/modules/auth/templates/access-template"

export const metadata: Metadata = { title: "Confirm your email address" }

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  return (
    <AccessTemplate title="Confirm your new email address" lead="Confirm that this address is yours; your account then uses it for sign-in and documents.">
      <EmailedLinkForm token={token} action={confirmEmail} submit="Confirm this address" pendingLabel="Confirming…" />
      <p>
        <Link href="/account/profile">Go to your profile</Link>
      </p>
    </AccessTemplate>
  )
}
