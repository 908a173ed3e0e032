import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { ROLE_LABELS } from "../../../../lib/access/roles"
import { accountLocations } from "../../../../lib/access/team"
import { ACCOUNT_ROLES } from "../../../../modules/customer-access/models/account-membership"
import { CUSTOMER_ACCESS_MODULE } from "../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../modules/customer-access/service"

/**
 * The Team page: everyone with access to the account, open invitations, the roles and the locations to choose from,
 * and the company's single sign-on as staff set it up (which domains, the role new people get, whether required).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { customerId, personId } = portalAccessOf(req)
  const { team, sso } = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const [members, invitations, locations, connection] = await Promise.all([
    team.listMembers(customerId),
    team.listOpenInvitations(customerId),
    accountLocations(req.scope, customerId),
    sso.byCustomer(customerId),
  ])
  const now = Date.now()
  res.json({
    members: members.map((member) => ({
      id: member.id,
      person_id: member.person_id,
      email: member.email,
      full_name: member.full_name,
      role: member.role,
      location_ids: member.location_ids,
      status: member.status,
      last_sign_in_at: member.last_sign_in_at,
      is_you: member.person_id === personId,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      location_ids: invitation.location_ids,
      expires_at: invitation.expires_at,
      expired: new Date(invitation.expires_at).getTime() <= now,
      created_at: invitation.created_at,
    })),
    roles: ACCOUNT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
    locations,
    sso:
      connection?.enabled
        ? { display_name: connection.display_name, domains: connection.allowed_domains, default_role: connection.default_role, required: connection.require_sso }
        : null,
  })
}
