import { PASSWORD_RULES } from "@portal/integrations/identity"
import type { Metadata } from "next"
import { requestPasswordReset } from "@/lib/data/auth"
import { LinkRequestForm } from "@/modules/auth/components/link-request-form"
import { PasswordForm } from "@/modules/auth/components/password-form"
import { AccessTemplate } from "@/modules/auth/templates/access-template"

export const metadata: Metadata = { title: "Reset your password" }

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  if (token) {
    return (
      <AccessTemplate title="Choose a new password" lead="After you save it, you are signed out everywhere else.">
        <PasswordForm token={token} rules={PASSWORD_RULES} />
      </AccessTemplate>
    )
  }
  return (
    <AccessTemplate title="Forgot your password?" lead="Enter your email or customer number and we will email you a link to choose a new one.">
      <LinkRequestForm action={requestPasswordReset} submit="Email me a link" />
    </AccessTemplate>
  )
}
