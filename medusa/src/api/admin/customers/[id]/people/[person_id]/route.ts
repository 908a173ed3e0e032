import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { requestInfo } from "../../../../../../lib/access/request-info"
import { assertKeepsAnAdmin } from "../../../../../../lib/access/team"
import { AUDIT_MODULE } from "../../../../../../modules/audit"
import type AuditModuleService from "../../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../../modules/customer-access/service"
import type { AdminSetPersonStatusType } from "./validators"

/**
 * Staff change a person of this customer: their role in this account (it applies to their next request; the
 * account keeps an Admin), or disable them (their sessions end at once, in every account, and they cannot sign in
 * until enabled) or enable them again.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetPersonStatusType>, res: MedusaResponse) {
  const { team } = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const member = (await team.listMembers(req.params.id!)).find((candidate) => candidate.person_id === req.params.person_id)
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Person with id: ${req.params.person_id} was not found on this customer`)
  const { status, role } = req.validatedBody
  const audit = req.scope.resolve<AuditModuleService>(AUDIT_MODULE)
  if (role && role !== member.role) {
    await assertKeepsAnAdmin(req.scope, req.params.id!, member, role)
    await team.updateMembership(member.id, { role, locationIds: member.location_ids })
    await audit.record({
      action: "team.member_changed",
      customer_id: req.params.id!,
      person_id: member.person_id,
      actor: `staff:${req.auth_context.actor_id}`,
      target_type: "account_membership",
      target_id: member.id,
      ...requestInfo(req),
      details: { email: member.email, from: { role: member.role }, to: { role } },
    })
  }
  if (!status) return res.json({ person_id: member.person_id, role: role ?? member.role, status: member.status, sessions_ended: 0 })
  const ended = await team.setPersonStatus(member.person_id, status)
  await audit.record({
    action: status === "disabled" ? "team.person_disabled" : "team.person_enabled",
    customer_id: req.params.id!,
    person_id: member.person_id,
    actor: `staff:${req.auth_context.actor_id}`,
    target_type: "portal_person",
    target_id: member.person_id,
    ...requestInfo(req),
    details: { email: member.email, sessions_ended: ended },
  })
  res.json({ person_id: member.person_id, role: role ?? member.role, status, sessions_ended: ended })
}
