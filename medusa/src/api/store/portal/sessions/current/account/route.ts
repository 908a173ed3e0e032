import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { auditCustomerAction } from "../../../../../../lib/access/audit"
import { portalAccessOf } from "../../../../../../lib/access/portal-access"
import { bearerToken } from "../../../../../../lib/access/request-info"
import { sessionToken } from "../../../../../../lib/access/session-token"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../../modules/customer-access/service"
import type { StoreSwitchAccountType } from "./validators"

/**
 * Switches the session to another account of the same person: a new token for that account (the old one stops
 * working), the same absolute end. An account the person has no role in is "not found", like any other.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSwitchAccountType>, res: MedusaResponse) {
  const { personId, customerId: fromAccount } = portalAccessOf(req)
  const target = req.validatedBody.customer_id
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const membership = await access.team.membership(personId, target)
  if (!membership) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Account with id: ${target} was not found`)
  // The new session keeps the old one's absolute end (switchSession); the token's own expiry only bounds it.
  const token = sessionToken(req.scope, { customerId: target, authIdentityId: req.auth_context.auth_identity_id }, access.maxSessionMs / 1000)
  const session = await access.switchSession({ oldToken: bearerToken(req)!, newToken: token, customerId: target })
  if (!session) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Your session ended. Please sign in again.")
  await access.team.recordAccountUse(personId, target)
  await auditCustomerAction(req, { action: "account.switched", target_type: "customer", target_id: target, details: { from: fromAccount } })
  res.status(200).json({ token, session: { id: session.id, expires_at: session.expires_at }, customer_id: target })
}
