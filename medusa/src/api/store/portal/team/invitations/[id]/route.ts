import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { auditCustomerAction } from "../../../../../../lib/access/audit"
import { portalAccessOf } from "../../../../../../lib/access/portal-access"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../../modules/customer-access/service"

/** Cancels an open invitation: its link stops working at once. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { customerId } = portalAccessOf(req)
  const { team } = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const invitation = await team.invitationById(customerId, req.params.id!)
  if (!invitation) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation with id: ${req.params.id} was not found`)
  if (!(await team.cancelInvitation(invitation.id))) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was already accepted or cancelled.")
  await auditCustomerAction(req, { action: "team.invitation_cancelled", target_type: "team_invitation", target_id: invitation.id, details: { email: invitation.email } })
  res.status(200).json({ id: invitation.id, object: "team_invitation", deleted: true })
}
