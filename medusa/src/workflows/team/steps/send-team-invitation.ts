import { storefrontUrl } from "../../../lib/storefront-url"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export interface SendTeamInvitationInput {
  invitationId: string
  email: string
  token: string
  accountName: string
  customerNumber: string | null
  roleLabel: string
  invitedBy: string | null
}

/**
 * Emails the invitation link. The notification's idempotency key is the invitation, so a retried run sends one
 * mail; nothing to undo once it has gone.
 */
export const sendTeamInvitationStep = createStep("send-team-invitation", async (input: SendTeamInvitationInput, { container }) => {
  const storefront = storefrontUrl()
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: input.email,
    channel: "email",
    template: "team-invitation",
    idempotency_key: `team-invitation:${input.invitationId}`,
    data: {
      link: `${storefront}/join?token=${encodeURIComponent(input.token)}`,
      valid_for: "72 hours",
      account_name: input.accountName,
      customer_number: input.customerNumber,
      role: input.roleLabel,
      invited_by: input.invitedBy,
    },
  })
  return new StepResponse(null)
})
