import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decode } from "jsonwebtoken"
import { requestInfo } from "../../../../lib/access/request-info"
import { verifyLogoutToken } from "../../../../lib/sso/back-channel-logout"
import { ssoClientSettings } from "../../../../lib/sso/sign-in"
import { AUDIT_MODULE } from "../../../../modules/audit"
import type AuditModuleService from "../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../modules/customer-access/service"

/** OAuth's error fields for the provider, and the portal's `type`/`message` for people reading logs. */
const refuse = (res: MedusaResponse, description: string) =>
  res.status(400).json({ type: "invalid_data", message: description, error: "invalid_request", error_description: description })

/**
 * OpenID Connect back-channel logout: a company's identity provider posts a signed logout token here (form field
 * `logout_token`) when the person signs out there, and the portal sessions it names end at once. The token's issuer
 * and audience say whose connection it is; it is then verified against that provider's keys before anything ends.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "no-store")
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const token = (req.body as Record<string, unknown> | undefined)?.logout_token
  if (typeof token !== "string" || !token || token.length > 16_384) return refuse(res, "Send the logout token as the form field logout_token.")
  const unverified = decode(token, { json: true })
  const audience = Array.isArray(unverified?.aud) ? unverified.aud : [unverified?.aud]
  const connections =
    typeof unverified?.iss === "string" ? await access.sso.byIssuer(unverified.iss, audience.filter((value): value is string => typeof value === "string")) : []
  if (!connections.length) return refuse(res, "No single sign-on connection has this issuer and client.")

  let ended = 0
  for (const connection of connections) {
    let logout
    try {
      logout = await verifyLogoutToken(connection, ssoClientSettings(req.scope, connection), token)
    } catch (error) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Back-channel logout refused for ${connection.id}: ${String(error)}`)
      return refuse(res, "The logout token could not be verified.")
    }
    if (!(await access.consumeToken({ token: `${connection.id}:${logout.jti}`, purpose: "sso_logout", customerId: connection.customer_id }))) {
      return refuse(res, "This logout token was already used.")
    }
    const count = await access.sso.endSsoSessions({ connectionId: connection.id, subject: logout.subject, sessionId: logout.sessionId })
    ended += count
    await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
      action: "auth.sso_logout",
      customer_id: connection.customer_id,
      actor: null,
      target_type: "sso_connection",
      target_id: connection.id,
      ...requestInfo(req),
      details: { sessions_ended: count, by_session_id: logout.sessionId !== null },
    })
  }
  res.status(200).json({ sessions_ended: ended })
}
