import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { ROLE_LABELS } from "../../lib/access/roles"
import type { AccountRole } from "../../modules/customer-access/models/account-membership"
import { type RequestOrigin, recordAuditEntryStep } from "../audit/steps/record-audit-entry"
import { createTeamInvitationStep } from "./steps/create-team-invitation"
import { sendTeamInvitationStep } from "./steps/send-team-invitation"

export interface InviteTeamMemberInput {
  customerId: string
  accountName: string
  customerNumber: string | null
  email: string
  role: AccountRole
  locationIds: string[] | null
  /** The inviting person's id (or "staff:<user id>"), and how the email names them. */
  invitedBy: string
  inviterName: string | null
  /** Audit: "team.invited" or, for a new link to the same person, "team.invitation_resent". */
  auditAction: "team.invited" | "team.invitation_resent"
  origin: RequestOrigin
}

/** An Admin (or staff) invites someone to an account: the invitation, its email, the audit entry. */
export const inviteTeamMemberWorkflow = createWorkflow("invite-team-member", (input: InviteTeamMemberInput) => {
  const created = createTeamInvitationStep(
    transform({ input }, ({ input }) => ({ customerId: input.customerId, email: input.email, role: input.role, locationIds: input.locationIds, invitedBy: input.invitedBy }))
  )
  sendTeamInvitationStep(
    transform({ input, created }, ({ input, created }) => ({
      invitationId: created.invitation.id,
      email: created.invitation.email,
      token: created.token,
      accountName: input.accountName,
      customerNumber: input.customerNumber,
      roleLabel: ROLE_LABELS[input.role],
      invitedBy: input.inviterName,
    }))
  )
  recordAuditEntryStep(
    transform({ input, created }, ({ input, created }) => ({
      action: input.auditAction,
      customer_id: input.customerId,
      person_id: input.invitedBy.startsWith("pers_") ? input.invitedBy : null,
      actor: input.invitedBy,
      target_type: "team_invitation",
      target_id: created.invitation.id,
      ...input.origin,
      details: { email: created.invitation.email, role: input.role, location_ids: input.locationIds },
    }))
  )
  return new WorkflowResponse(created.invitation)
})
