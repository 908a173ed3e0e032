import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { personAccounts } from "../../../../lib/access/people"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { PERMISSIONS, ROLE_LABELS, can } from "../../../../lib/access/roles"
import { CUSTOMER_ACCESS_MODULE } from "../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../modules/customer-access/service"

/**
 * Who is signed in and where: the person, the account the session acts for, their role and what it allows (the
 * storefront's navigation follows it; the backend checks it on every route), and every account they can switch to.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { personId, customerId, role, locationIds } = portalAccessOf(req)
  const person = await req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.personById(personId)
  const accounts = await personAccounts(req.scope, personId)
  res.json({
    person: person ? { id: person.id, email: person.email, full_name: person.full_name } : null,
    account: accounts.find((account) => account.customer_id === customerId) ?? null,
    role,
    role_label: ROLE_LABELS[role],
    location_ids: locationIds,
    permissions: PERMISSIONS.filter((permission) => can(role, permission)),
    accounts: accounts.map(({ customer_id, customer_number, name, role: accountRole }) => ({ customer_id, customer_number, name, role: accountRole, role_label: ROLE_LABELS[accountRole] })),
  })
}
