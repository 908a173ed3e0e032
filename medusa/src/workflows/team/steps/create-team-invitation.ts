import { createHash, randomBytes } from "node:crypto"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_ACCESS_MODULE } from "../../../modules/customer-access"
import type { AccountRole } from "../../../modules/customer-access/models/account-membership"
import type CustomerAccessModuleService from "../../../modules/customer-access/service"

/** Invitation links work for 72 hours. */
export const INVITATION_SECONDS = 72 * 3600

export interface CreateTeamInvitationInput {
  customerId: string
  email: string
  role: AccountRole
  locationIds: string[] | null
  invitedBy: string
}

/** Records an invitation and returns it with its link's token (only the token's hash is stored). Undone by cancelling it. */
export const createTeamInvitationStep = createStep("create-team-invitation", async (input: CreateTeamInvitationInput, { container }) => {
  const token = randomBytes(32).toString("base64url")
  const invitation = await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.createInvitation({
    ...input,
    tokenHash: createHash("sha256").update(token).digest("hex"),
    ttlSeconds: INVITATION_SECONDS,
  })
  return new StepResponse({ invitation, token }, invitation.id)
}, async (invitationId, { container }) => {
  if (invitationId) await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.cancelInvitation(invitationId)
})
