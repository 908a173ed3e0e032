import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, generateJwtToken } from "@medusajs/framework/utils"
import { decode } from "jsonwebtoken"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { bearerToken, requestInfo } from "../../../../../lib/access/request-info"
import { accessRevokedAt, issuedBeforeRevocation } from "../../../../../lib/access/revocation"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"
import type { StoreStartSessionType } from "./validators"

/**
 * Starts a portal session with the single-use sign-in token that `POST /auth/customer/portal` just issued (see
 * signInTokenAnswer), and answers with the session's own token (unique per session). That token works only while
 * the session lives (see requireLiveCustomerSession); the sign-in token opens no store route and starts one
 * session at most.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreStartSessionType>, res: MedusaResponse) {
  const signInToken = bearerToken(req)!
  const claims = (decode(signInToken) as { portal_sign_in?: unknown; iat?: number } | null) ?? {}
  if (claims.portal_sign_in !== true) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Only a fresh sign-in can start a session. Please sign in again.")
  }
  // A sign-in from before the password was changed (or the account taken back) starts nothing.
  if (issuedBeforeRevocation(claims.iat, await accessRevokedAt(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), req.auth_context.actor_id), "after")) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This sign-in is from before your password changed. Please sign in again.")
  }
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const info = requestInfo(req)
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const { actor_id: actorId, actor_type: actorType, auth_identity_id: authIdentityId, app_metadata: appMetadata } = req.auth_context
  const token = generateJwtToken(
    { actor_id: actorId, actor_type: actorType, auth_identity_id: authIdentityId, app_metadata: appMetadata, user_metadata: {} },
    { secret: http.jwtSecret!, expiresIn: Math.round(access.maxSessionMs / 1000), jwtOptions: { jwtid: randomUUID() } }
  )
  if (!(await access.consumeToken({ token: signInToken, purpose: "sign_in", customerId: actorId }))) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This sign-in already started a session. Please sign in again.")
  }
  const session = await access.startSession({ customerId: actorId, token, ip: info.ip, userAgent: info.user_agent })
  if (!session) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This session could not be started. Please sign in again.")
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "auth.sign_in",
    customer_id: req.auth_context.actor_id,
    actor: req.validatedBody.identifier ?? null,
    ...info,
  })
  res.status(201).json({
    token,
    session: { id: session.id, expires_at: session.expires_at, idle_timeout_seconds: Math.round(access.idleTimeoutMs / 1000) },
  })
}
