import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inviteFromPortal } from "../../../../../lib/access/invite"
import { portalAccessOf } from "../../../../../lib/access/portal-access"
import { checkedLocations } from "../../../../../lib/access/team"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"
import type { StoreInviteTeamMemberType } from "../validators"

/** Invites a colleague by email with a role (and optionally locations); the link works once, for 72 hours. */
export async function POST(req: AuthenticatedMedusaRequest<StoreInviteTeamMemberType>, res: MedusaResponse) {
  const { customerId } = portalAccessOf(req)
  const { email, role, location_ids: locationIds } = req.validatedBody
  const { team } = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  if ((await team.listMembers(customerId)).some((member) => member.email === email)) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} already has access to this account: change their role instead.`)
  }
  const invitation = await inviteFromPortal(req, { email, role, locationIds: await checkedLocations(req.scope, customerId, role, locationIds) }, "team.invited")
  res.status(201).json({ invitation: { id: invitation.id, email: invitation.email, role: invitation.role, expires_at: invitation.expires_at } })
}
