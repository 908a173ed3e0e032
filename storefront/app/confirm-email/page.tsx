import type { Metadata } from "next"
import Link from "next/link"
import { confirmEmail } from "@/lib/data/profile-actions"
import { ActionForm } from "@/modules/common/components/action-form"
import { AccessTemplate } from "@/modules/auth/templates/access-template"

export const metadata: Metadata = { title: "Confirm your email address" }

/** Confirming takes a click, not just opening the link: mail scanners that open links must not use it up. */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  return (
    <AccessTemplate title="Confirm your new email address" lead="Confirm that this address is yours; your account then uses it for sign-in and documents.">
      {token ? (
        <ActionForm action={confirmEmail} submit="Confirm this address" pendingLabel="Confirming…">
          <input type="hidden" name="token" value={token} />
        </ActionForm>
      ) : (
        <p role="alert">This link is incomplete. Open it again from your email.</p>
      )}
      <p>
        <Link href="/account/profile">Go to your profile</Link>
      </p>
    </AccessTemplate>
  )
}
