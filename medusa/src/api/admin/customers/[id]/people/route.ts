import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"

/** For staff on the customer page: the company's people, their roles, last sign-in and whether they are disabled. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { team } = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const [members, invitations] = await Promise.all([team.listMembers(req.params.id!), team.listOpenInvitations(req.params.id!)])
  res.json({
    people: members.map(({ person_id, email, full_name, role, location_ids, status, last_sign_in_at }) => ({ person_id, email, full_name, role, location_ids, status, last_sign_in_at })),
    open_invitations: invitations.length,
  })
}
