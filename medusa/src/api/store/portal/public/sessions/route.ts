import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { decode } from "jsonwebtoken"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { PortalSignInClaims } from "../../../../../lib/access/middlewares"
import { personForLogin } from "../../../../../lib/access/people"
import { bearerToken, requestInfo } from "../../../../../lib/access/request-info"
import { accessRevokedAt, issuedBeforeRevocation } from "../../../../../lib/access/revocation"
import { sessionToken } from "../../../../../lib/access/session-token"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"
import type { StoreStartSessionType } from "./validators"

const refuse = (message: string) => new MedusaError(MedusaError.Types.UNAUTHORIZED, message)

/**
 * Starts a portal session with the single-use sign-in token that `POST /auth/customer/portal` just issued (see
 * signInTokenAnswer), and answers with the session's own token (unique per session). The session is the person's,
 * in one of their accounts: the one their customer number named, else the one they used last. That token works
 * only while the session lives and the person keeps a role in the account (see requireLiveCustomerSession).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreStartSessionType>, res: MedusaResponse) {
  const signInToken = bearerToken(req)!
  const claims = (decode(signInToken) as (Partial<PortalSignInClaims> & { iat?: number }) | null) ?? {}
  if (claims.portal_sign_in !== true || !claims.portal_login) throw refuse("Only a fresh sign-in can start a session. Please sign in again.")
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const person = await personForLogin(req.scope, claims.portal_login)
  if (!person) throw refuse("This sign-in names no account. Please sign in again.")
  if (person.status !== "active") throw refuse("Your portal access is disabled. Please contact the account's Admin or our customer service team.")
  // A sign-in from before the password was changed (or the account taken back) starts nothing.
  const revokedAt = Math.max(
    person.access_revoked_at ? new Date(person.access_revoked_at).getTime() : 0,
    (await accessRevokedAt(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), req.auth_context.actor_id)) ?? 0
  )
  if (issuedBeforeRevocation(claims.iat, revokedAt || null, "after")) throw refuse("This sign-in is from before your password changed. Please sign in again.")

  const memberships = await access.team.listPersonMemberships(person.id)
  const account = memberships.find((membership) => membership.customer_id === claims.portal_account) ?? memberships[0]
  if (!account) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You have no access to any account any more. Ask your account's Admin to invite you again.")

  const token = sessionToken(req.scope, { customerId: account.customer_id, authIdentityId: req.auth_context.auth_identity_id }, access.maxSessionMs / 1000)
  if (!(await access.consumeToken({ token: signInToken, purpose: "sign_in", customerId: account.customer_id }))) {
    throw refuse("This sign-in already started a session. Please sign in again.")
  }
  const info = requestInfo(req)
  // A sign-in through the company's identity provider opens its account, and its logout can end the session.
  const sso = claims.portal_sso && account.customer_id === claims.portal_account ? claims.portal_sso : null
  const session = await access.startSession({
    customerId: account.customer_id,
    personId: person.id,
    token,
    ip: info.ip,
    userAgent: info.user_agent,
    sso: sso ? { connectionId: sso.connection_id, subject: sso.subject, sessionId: sso.session_id } : null,
  })
  if (!session) throw refuse("This session could not be started. Please sign in again.")
  await access.team.recordSignIn(person.id, account.customer_id)
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "auth.sign_in",
    customer_id: account.customer_id,
    actor: req.validatedBody.identifier ?? person.email,
    person_id: person.id,
    ...info,
    ...(sso ? { details: { via: "sso", connection_id: sso.connection_id } } : {}),
  })
  res.status(201).json({
    token,
    session: { id: session.id, expires_at: session.expires_at, idle_timeout_seconds: Math.round(access.idleTimeoutMs / 1000) },
  })
}
