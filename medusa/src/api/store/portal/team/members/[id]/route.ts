import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { auditCustomerAction } from "../../../../../../lib/access/audit"
import { portalAccessOf } from "../../../../../../lib/access/portal-access"
import { assertKeepsAnAdmin, checkedLocations } from "../../../../../../lib/access/team"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../../modules/customer-access/service"
import type { StoreUpdateTeamMemberType } from "../../validators"

async function memberOfAccount(req: AuthenticatedMedusaRequest) {
  const { customerId } = portalAccessOf(req)
  const member = await req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.memberById(customerId, req.params.id!)
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Team member with id: ${req.params.id} was not found`)
  return member
}

/** Changes a person's role and locations in the account; it applies to their next request. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateTeamMemberType>, res: MedusaResponse) {
  const member = await memberOfAccount(req)
  const { role, location_ids: locationIds } = req.validatedBody
  await assertKeepsAnAdmin(req.scope, member.customer_id, member, role)
  const locations = await checkedLocations(req.scope, member.customer_id, role, locationIds)
  await req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.updateMembership(member.id, { role, locationIds: locations })
  await auditCustomerAction(req, {
    action: "team.member_changed",
    target_type: "account_membership",
    target_id: member.id,
    details: { email: member.email, from: { role: member.role, location_ids: member.location_ids }, to: { role, location_ids: locations } },
  })
  res.status(200).json({ member: { id: member.id, role, location_ids: locations } })
}

/** Removes a person from the account: their sessions in it end at once. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await memberOfAccount(req)
  await assertKeepsAnAdmin(req.scope, member.customer_id, member, null)
  const ended = await req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.removeMembership(member)
  await auditCustomerAction(req, { action: "team.member_removed", target_type: "account_membership", target_id: member.id, details: { email: member.email, role: member.role, sessions_ended: ended } })
  res.status(200).json({ id: member.id, object: "team_member", deleted: true })
}
