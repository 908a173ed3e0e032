import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bearerToken, requestInfo } from "../../../../../lib/access/request-info"
import { endSessionUrl } from "../../../../../lib/sso/discovery"
import { ssoClientSettings } from "../../../../../lib/sso/sign-in"
import { storefrontUrl } from "../../../../../lib/storefront-url"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"

/**
 * Signs out: ends the session in the backend, so the token is worthless from now on, wherever it is. A session
 * from single sign-on answers with `logout_url` too, when the company's provider offers RP-initiated logout: the
 * storefront sends the browser there to end the provider's session as well, and it comes back to the sign-in page.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const ended = await access.endSession(bearerToken(req)!, "signed_out")
  if (ended) {
    await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({ action: "auth.sign_out", customer_id: ended.customer_id, person_id: ended.person_id, ...requestInfo(req) })
  }
  const connection = ended?.sso_connection_id ? await access.sso.byId(ended.sso_connection_id) : null
  const logoutUrl = connection ? await endSessionUrl(ssoClientSettings(req.scope, connection), `${storefrontUrl()}/login?signedOut=1`) : null
  res.status(200).json({ id: ended?.id ?? null, object: "session", deleted: true, logout_url: logoutUrl })
}
