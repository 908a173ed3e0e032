import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inviteFromPortal } from "../../../../../../../lib/access/invite"
import { portalAccessOf } from "../../../../../../../lib/access/portal-access"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../../../modules/customer-access/service"

/** Sends a fresh link for an open invitation (72 hours again); the old link stops working. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { customerId } = portalAccessOf(req)
  const { team } = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const open = await team.invitationById(customerId, req.params.id!)
  if (!open) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation with id: ${req.params.id} was not found`)
  if (open.accepted_at || open.cancelled_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was already accepted or cancelled: send a new one.")
  const invitation = await inviteFromPortal(req, { email: open.email, role: open.role, locationIds: open.location_ids }, "team.invitation_resent")
  res.status(201).json({ invitation: { id: invitation.id, email: invitation.email, role: invitation.role, expires_at: invitation.expires_at } })
}
