import { PASSWORD_RULES } from "@portal/integrations/identity"
import type { Metadata } from "next"
import Link from "next/link"
import { previewInvitation } from "@/lib/data/team"
import { AccessTemplate } from "@/modules/auth/templates/access-template"
import { JoinForm } from "@/modules/team/components/join-form"

export const metadata: Metadata = { title: "Join your team" }

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  const preview = token ? await previewInvitation(token) : { error: "This page needs the link from your invitation email. Open it again from the email." }
  if ("error" in preview) {
    return (
      <AccessTemplate title="This invitation does not work" lead={preview.error}>
        <Link href="/login">Go to sign-in</Link>
      </AccessTemplate>
    )
  }
  const { invitation } = preview
  return (
    <AccessTemplate
      title={`Join ${invitation.account_name}`}
      lead={
        invitation.has_login
          ? `You were invited as ${invitation.role_label}. You already sign in to the portal as ${invitation.email}: accept, and switch to this account from the header.`
          : invitation.sso?.required
            ? `You were invited as ${invitation.role_label}. Your company signs in through ${invitation.sso.display_name}: continue there with ${invitation.email}.`
            : invitation.sso
              ? `You were invited as ${invitation.role_label}. Continue with ${invitation.sso.display_name} as ${invitation.email}, or choose a portal password here.`
              : `You were invited as ${invitation.role_label}. You will sign in with ${invitation.email} and the password you choose here.`
      }
    >
      <JoinForm token={token!} hasLogin={invitation.has_login} rules={PASSWORD_RULES} sso={invitation.sso} />
    </AccessTemplate>
  )
}
