import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { decode } from "jsonwebtoken"
import { AUDIT_MODULE } from "../../modules/audit"
import type AuditModuleService from "../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type { PersonRow } from "../../modules/customer-access/repositories/account-team"
import type { SsoConnectionRow } from "../../modules/customer-access/repositories/sso-connections"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { signInWithSsoWorkflow } from "../../workflows/sso/sign-in-with-sso"
import { normalizeIdentifier } from "../access/identifier"
import { portalSignInToken } from "../access/session-token"
import type { ResolvedLogin } from "../access/people"
import { contactEmailOf } from "../access/people"
import { consume } from "../access/rate-limits"
import { requestInfo, tryAgainAfter } from "../access/request-info"
import { connectionIdOfState, emailDomain, type SsoCallbackInput, type SsoClientSettings, type SsoSignInFacts } from "./provider-input"

const accessOf = (container: MedusaContainer) => container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)

/** The connection as the SSO auth provider needs it, with the client secret opened. */
export function ssoClientSettings(container: MedusaContainer, connection: SsoConnectionRow): SsoClientSettings {
  return {
    id: connection.id,
    issuer_url: connection.issuer_url,
    client_id: connection.client_id,
    client_secret: accessOf(container).ssoClientSecret(connection),
    allowed_domains: connection.allowed_domains,
    groups_claim: connection.groups_claim,
    version: new Date(connection.updated_at).toISOString(),
  }
}

/** The enabled connection an email signs in through, or null (no SSO for its domain, or not an email). */
export async function connectionForEmail(container: MedusaContainer, typed: string): Promise<SsoConnectionRow | null> {
  const identifier = normalizeIdentifier(typed)
  if (identifier?.kind !== "email") return null
  return await accessOf(container).sso.byDomain(emailDomain(identifier.value))
}

/**
 * Why a password sign-in is refused although the password may be right: the person's email (or, for a login from
 * before people, the account's contact email) is in a domain whose company requires single sign-on, and they are
 * not the company's break-glass Admin. Null: passwords are fine.
 */
export async function ssoRequiredRefusal(container: MedusaContainer, login: ResolvedLogin): Promise<string | null> {
  const access = accessOf(container)
  const person: PersonRow | null = login.entityId ? await access.team.personByLogin(login.entityId) : null
  const email = person?.email ?? (login.customer ? await contactEmailOf(container, login.customer) : null)
  if (!email?.includes("@")) return null
  const connection = await access.sso.byDomain(emailDomain(email))
  if (!connection?.require_sso || (person && connection.break_glass_person_id === person.id)) return null
  return `Your company signs in through ${connection.display_name}. Enter your work email and choose Continue to sign in there.`
}

const refuse = (res: MedusaResponse, status: number, message: string, code?: string) =>
  res.status(status).json({ type: status === 401 ? "unauthorized" : status === 429 ? "too_many_requests" : "invalid_data", ...(code ? { code } : {}), message })

/**
 * Before Medusa's `POST /auth/customer/sso`: finds the connection of the typed email's domain and hands it to the
 * provider in place of the body (the visitor names an email, never an identity provider). Limited per address:
 * each start keeps a pending sign-in for 10 minutes.
 */
export async function guardSsoStart(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const typed = typeof (req.body as Record<string, unknown> | undefined)?.identifier === "string" ? ((req.body as Record<string, string>).identifier ?? "").trim() : ""
  if (!typed || typed.length > 254) return refuse(res, 400, "Enter your work email.")
  const connection = await connectionForEmail(req.scope, typed)
  if (!connection) return refuse(res, 400, "There is no single sign-on for this email. Sign in with your password instead.", "sso_not_available")
  const until = await consume(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), [["ssoStartsPerIp", requestInfo(req).ip ?? "unknown"]])
  if (until) {
    res.setHeader("Retry-After", String(Math.ceil((until.getTime() - Date.now()) / 1000)))
    return refuse(res, 429, `Too many sign-in attempts from your network. ${tryAgainAfter(until)}`)
  }
  req.body = { connection: ssoClientSettings(req.scope, connection), login_hint: normalizeIdentifier(typed)!.value }
  next()
}

/** The parameters an authorization response may carry (RFC 6749, RFC 9207), as strings of sane length. */
const CALLBACK_PARAMS = ["code", "state", "iss", "session_state", "error", "error_description", "error_uri"]

/**
 * Before Medusa's `POST /auth/customer/sso/callback`: the state names the connection, whose settings go to the
 * provider; the provider checks the state itself (single use) and the answer. A successful answer is turned into a
 * portal sign-in token here, after the person gets their place in the account (signInWithSsoWorkflow).
 */
export async function guardSsoCallback(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = (req.query ?? {}) as Record<string, unknown>
  const params: SsoCallbackInput["params"] = {}
  for (const name of CALLBACK_PARAMS) {
    const value = query[name]
    if (typeof value === "string" && value.length <= 2048) params[name] = value
  }
  const connectionId = params.state ? connectionIdOfState(params.state) : null
  const connection = connectionId ? await accessOf(req.scope).sso.byId(connectionId) : null
  if (!connection?.enabled) return refuse(res, 401, "This sign-in has expired or was already used. Please sign in again.", "sso_state_unknown")
  req.body = { connection: ssoClientSettings(req.scope, connection), params } satisfies SsoCallbackInput

  const send = res.json.bind(res)
  res.json = ((answer: unknown) => {
    const token = (answer as { token?: unknown } | null)?.token
    if (res.statusCode !== 200 || typeof token !== "string") {
      if (res.statusCode === 401) void recordFailure(req, connection, (answer as { message?: string } | null)?.message ?? "refused")
      return send(answer)
    }
    signInAnswer(req, connection, token)
      .then((signIn) => send(signIn))
      .catch((error: unknown) => {
        const message = (error as { type?: string }).type === "unauthorized" ? (error as Error).message : "Signing in did not complete. Please try again."
        if ((error as { type?: string }).type !== "unauthorized") req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`SSO sign-in failed: ${String(error)}`)
        else void recordFailure(req, connection, message)
        if (!res.headersSent) res.status((error as { type?: string }).type === "unauthorized" ? 401 : 500).json({ type: "unauthorized", message })
      })
    return res
  }) as typeof res.json
  next()
}

async function signInAnswer(req: MedusaRequest, connection: SsoConnectionRow, medusaToken: string): Promise<{ token: string }> {
  const claims = (decode(medusaToken) as { auth_identity_id?: string; actor_type?: string } | null) ?? {}
  const identity = await req.scope.resolve(Modules.AUTH).retrieveAuthIdentity(claims.auth_identity_id!, { relations: ["provider_identities"] })
  const providerIdentity = identity.provider_identities?.find((candidate) => candidate.provider === "sso")
  const facts = providerIdentity?.user_metadata as SsoSignInFacts | undefined
  if (!providerIdentity || !facts || facts.connection_id !== connection.id) throw new Error("The SSO identity does not belong to this connection.")
  const { result: member } = await signInWithSsoWorkflow(req.scope).run({
    input: { connection, facts, authEntityId: providerIdentity.entity_id, origin: requestInfo(req) },
  })
  const subject = providerIdentity.entity_id.slice(connection.id.length + 1)
  return {
    token: portalSignInToken(
      req,
      { actor_id: connection.customer_id, actor_type: "customer", auth_identity_id: identity.id, app_metadata: { customer_id: connection.customer_id } },
      { portal_login: member.login, portal_account: connection.customer_id, portal_sso: { connection_id: connection.id, subject, session_id: facts.sid } }
    ),
  }
}

async function recordFailure(req: MedusaRequest, connection: SsoConnectionRow, reason: string) {
  await req.scope
    .resolve<AuditModuleService>(AUDIT_MODULE)
    .record({ action: "auth.sign_in_failed", customer_id: connection.customer_id, actor: null, ...requestInfo(req), details: { via: "sso", connection_id: connection.id, reason: reason.slice(0, 300) } })
    .catch(() => undefined)
}
