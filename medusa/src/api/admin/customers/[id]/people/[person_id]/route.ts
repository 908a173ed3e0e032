import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { requestInfo } from "../../../../../../lib/access/request-info"
import { AUDIT_MODULE } from "../../../../../../modules/audit"
import type AuditModuleService from "../../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../../modules/customer-access/service"
import type { AdminSetPersonStatusType } from "./validators"

/**
 * Staff disable (or enable again) a person of this customer: a disabled person's sessions end at once, in every
 * account, and they cannot sign in until enabled.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetPersonStatusType>, res: MedusaResponse) {
  const { team } = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const member = (await team.listMembers(req.params.id!)).find((candidate) => candidate.person_id === req.params.person_id)
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Person with id: ${req.params.person_id} was not found on this customer`)
  const { status } = req.validatedBody
  const ended = await team.setPersonStatus(member.person_id, status)
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: status === "disabled" ? "team.person_disabled" : "team.person_enabled",
    customer_id: req.params.id!,
    person_id: member.person_id,
    actor: `staff:${req.auth_context.actor_id}`,
    target_type: "portal_person",
    target_id: member.person_id,
    ...requestInfo(req),
    details: { email: member.email, sessions_ended: ended },
  })
  res.json({ person_id: member.person_id, status, sessions_ended: ended })
}
