import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { InvitationRow } from "../../modules/customer-access/repositories/account-team"
import { type RequestOrigin, recordAuditEntryStep } from "../audit/steps/record-audit-entry"
import { joinAccountStep } from "./steps/join-account"

export interface AcceptTeamInvitationInput {
  invitation: InvitationRow
  fullName?: string
  password?: string
  origin: RequestOrigin
}

/** Someone follows an invitation link: they join the account (with a new login if they had none), recorded. */
export const acceptTeamInvitationWorkflow = createWorkflow("accept-team-invitation", (input: AcceptTeamInvitationInput) => {
  const joined = joinAccountStep(transform({ input }, ({ input }) => ({ invitation: input.invitation, fullName: input.fullName, password: input.password })))
  recordAuditEntryStep(
    transform({ input, joined }, ({ input, joined }) => ({
      action: "team.joined" as const,
      customer_id: input.invitation.customer_id,
      person_id: joined.personId,
      actor: joined.email,
      target_type: "team_invitation",
      target_id: input.invitation.id,
      ...input.origin,
      details: { role: input.invitation.role, new_login: joined.isNewPerson },
    }))
  )
  return new WorkflowResponse(joined)
})
