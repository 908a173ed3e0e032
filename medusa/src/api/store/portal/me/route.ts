import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { personAccounts } from "../../../../lib/access/people"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { unreadCount } from "../../../../lib/notifications/inbox"
import { PERMISSIONS, ROLE_LABELS, can } from "../../../../lib/access/roles"
import { CUSTOMER_ACCESS_MODULE } from "../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../modules/customer-access/service"

/**
 * Who is signed in and where: the person, the account the session acts for, their role and what it allows (the
 * storefront's navigation follows it; the backend checks it on every route), every account they can switch to, and
 * how many of their notifications are unread.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { personId, customerId, membershipId, role, locationIds } = portalAccessOf(req)
  const [person, accounts, unread] = await Promise.all([
    req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.personById(personId),
    personAccounts(req.scope, personId),
    unreadCount(req.scope, membershipId),
  ])
  res.json({
    person: person ? { id: person.id, email: person.email, full_name: person.full_name } : null,
    account: accounts.find((account) => account.customer_id === customerId) ?? null,
    role,
    role_label: ROLE_LABELS[role],
    location_ids: locationIds,
    permissions: PERMISSIONS.filter((permission) => can(role, permission)),
    /** The bell's count: this person's unread notifications in this account. */
    unread_notifications: unread,
    accounts: accounts.map(({ customer_id, customer_number, name, role: accountRole }) => ({ customer_id, customer_number, name, role: accountRole, role_label: ROLE_LABELS[accountRole] })),
  })
}
