import { PASSWORD_RULES } from "@portal/integrations/identity"
import type { Metadata } from "next"
import { requestActivation } from "@/lib/data/auth"
import { LinkRequestForm } from "@/modules/auth/components/link-request-form"
import { PasswordForm } from "@/modules/auth/components/password-form"
import { AccessTemplate } from "@/modules/auth/templates/access-template"

export const metadata: Metadata = { title: "Set up your password" }

export default async function ActivatePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  if (token) {
    return (
      <AccessTemplate title="Choose your password" lead="Welcome! Choose the password you will sign in with, by email or by customer number.">
        <PasswordForm token={token} rules={PASSWORD_RULES} />
      </AccessTemplate>
    )
  }
  return (
    <AccessTemplate
      title="First time here?"
      lead="Your account already exists: it comes from our order system. Enter your email or customer number (on your invoices, like C0001042) and we will email you a link to choose a password."
    >
      <LinkRequestForm action={requestActivation} submit="Email me a link" />
    </AccessTemplate>
  )
}
