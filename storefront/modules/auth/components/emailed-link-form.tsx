import type { FormState } from "@/lib/data/profile-actions"
import { ActionForm } from "@/modules/common/components/action-form"

/**
 * The button an emailed link leads to: acting takes a click, not just opening the link, so mail scanners that
 * open links cannot use it up. Without a token the link was cut short, and the page says so.
 */
export function EmailedLinkForm({
  token,
  action,
  submit,
  pendingLabel,
}: {
  token: string | undefined
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  submit: string
  pendingLabel: string
}) {
  if (!token) return <p role="alert">This link is incomplete. Open it again from your email.</p>
  return (
    <ActionForm action={action} submit={submit} pendingLabel={pendingLabel}>
      <input type="hidden" name="token" value={token} />
    </ActionForm>
  )
}
