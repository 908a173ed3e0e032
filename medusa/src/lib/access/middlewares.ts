import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../../modules/audit"
import type AuditModuleService from "../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { findPortalCustomer } from "./identifier"
import { blockedUntil, consume, forgive } from "./rate-limits"
import { bearerToken, requestInfo, tryAgainAfter } from "./request-info"

type Body = Record<string, unknown>

const inWords = (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 60_000)} minutes` : `${Math.round(ms / 1000)} seconds`)

const knexOf = (req: MedusaRequest) => req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
const auditOf = (req: MedusaRequest) => req.scope.resolve<AuditModuleService>(AUDIT_MODULE)

/** The answer when a limit is reached: 429 with the time to try again, in words and as Retry-After. */
function refuse(res: MedusaResponse, until: Date, what: string) {
  res.setHeader("Retry-After", String(Math.ceil((until.getTime() - Date.now()) / 1000)))
  res.status(429).json({ type: "too_many_requests", code: "locked", retry_at: until.toISOString(), message: `${what} ${tryAgainAfter(until)}` })
}

/**
 * Before Medusa's `POST /auth/customer/portal`: checks the body, turns an email into the customer number the
 * identity is known by, refuses locked accounts and addresses, and afterwards counts a failure or forgives the
 * account, writing failed sign-ins to the audit trail (successful ones are recorded when the session starts).
 */
export async function guardCustomerSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Body
  const typed = typeof body.identifier === "string" ? body.identifier.trim() : ""
  if (!typed || typeof body.password !== "string" || !body.password) {
    return res.status(400).json({ type: "invalid_data", message: "Enter your email or customer number and your password." })
  }
  if (typed.length > 254 || body.password.length > 200) {
    return res.status(400).json({ type: "invalid_data", message: "That email, customer number or password is too long." })
  }
  const knex = knexOf(req)
  const customer = await findPortalCustomer(knex, typed)
  const accountKey = customer?.customer_number ?? typed.toLowerCase()
  const info = requestInfo(req)
  const ipKey = info.ip ?? "unknown"
  const locked = await blockedUntil(knex, [
    ["signInFailuresPerAccount", accountKey],
    ["signInFailuresPerIp", ipKey],
  ])
  if (locked) {
    await auditOf(req).record({ action: "auth.sign_in_failed", customer_id: customer?.id ?? null, actor: typed, ...info, details: { reason: "locked" } })
    return refuse(res, locked, "This account is locked after too many failed sign-in attempts.")
  }
  req.body = { identifier: customer?.customer_number ?? typed, password: body.password }
  // The outcome is counted before the answer leaves, so the next attempt already sees it.
  const send = res.json.bind(res)
  res.json = ((answer: unknown) => {
    const account = async () => {
      if (res.statusCode === 200) return forgive(knex, "signInFailuresPerAccount", accountKey)
      if (res.statusCode !== 401) return
      await consume(knex, [
        ["signInFailuresPerAccount", accountKey],
        ["signInFailuresPerIp", ipKey],
      ])
      await auditOf(req).record({ action: "auth.sign_in_failed", customer_id: customer?.id ?? null, actor: typed, ...info, details: { reason: "wrong_credentials" } })
    }
    account()
      .catch((error: unknown) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Recording a sign-in attempt failed: ${String(error)}`))
      .finally(() => send(answer))
    return res
  }) as typeof res.json
  next()
}

/**
 * Before Medusa's `POST /auth/customer/portal/reset-password`: the same answer (201) whether or not the account
 * exists; requests are limited per account and per address, recorded in the audit trail, and an email is turned
 * into the customer number the identity is known by.
 */
export async function guardPasswordResetRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Body
  const typed = typeof body.identifier === "string" ? body.identifier.trim() : ""
  if (!typed || typed.length > 254) return res.status(400).json({ type: "invalid_data", message: "Enter your email or customer number." })
  const knex = knexOf(req)
  const customer = await findPortalCustomer(knex, typed)
  const info = requestInfo(req)
  const until = await consume(knex, [
    ["linkRequestsPerAccount", customer?.customer_number ?? typed.toLowerCase()],
    ["linkRequestsPerIp", info.ip ?? "unknown"],
  ])
  if (until) return refuse(res, until, "Too many requests for a link.")
  await auditOf(req).record({ action: "auth.reset_requested", customer_id: customer?.id ?? null, actor: typed, ...info })
  req.body = { identifier: customer?.customer_number ?? typed, metadata: { purpose: "reset" } }
  next()
}

/**
 * On every store route: a request with a bearer token must belong to a live portal session (30 minutes idle,
 * 12 hours at most). An expired session is ended here and answered 401 with the reason, so the storefront can say
 * why. Only starting a session accepts a fresh token that is not a session yet.
 */
export async function requireLiveCustomerSession(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Customers use bearer sessions only; a cookie session would bypass the idle limit.
  if ((req.session as { auth_context?: unknown } | undefined)?.auth_context) {
    return res.status(401).json({ type: "unauthorized", code: "session_unsupported", message: "Sign in again." })
  }
  const token = bearerToken(req)
  if (!token) return next()
  if (req.method === "POST" && req.originalUrl.split("?")[0]!.replace(/\/$/, "") === "/store/portal/sessions") return next()
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const check = await access.checkSession(token)
  if (check.status === "active") {
    res.locals.customerId = check.session.customer_id
    return next()
  }
  if (check.status === "ended" && check.endedNow) {
    await auditOf(req).record({
      action: "auth.timeout",
      customer_id: check.session.customer_id,
      ...requestInfo(req),
      details: { reason: check.reason },
    })
  }
  const reason = check.status === "ended" ? check.reason : "unknown"
  const message =
    reason === "idle"
      ? `You were signed out after ${inWords(access.idleTimeoutMs)} of inactivity.`
      : reason === "expired"
        ? "Your session reached its maximum length. Please sign in again."
        : reason === "password_changed"
          ? "Your password was changed, so you were signed out. Please sign in again."
          : "Please sign in."
  res.status(401).json({ type: "unauthorized", code: `session_${reason}`, message })
}

/**
 * Stock store routes the portal replaces or does not offer: profile and address changes go through
 * /store/portal/* (audited and queued for OrderFlow), accounts come from OrderFlow, and order transfers, returns and
 * online payment are not part of the portal. Refused plainly instead of half-working.
 */
export function refuseReplacedRoute(message: string) {
  return (_req: MedusaRequest, res: MedusaResponse) => {
    res.status(403).json({ type: "not_allowed", message })
  }
}

/**
 * A customer's carts and orders are theirs alone: someone else's id answers "not found", as if it did not exist
 * (stock Medusa treats a cart or order id as enough, for guest checkouts the portal does not have).
 */
function requireOwn(table: "cart" | "order", noun: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const id = req.params.id
    if (!id) return next()
    const { rows } = await knexOf(req).raw(`SELECT customer_id FROM "${table}" WHERE id = ? AND deleted_at IS NULL`, [id])
    const found = (rows as { customer_id: string | null }[])[0]
    // Orders always belong to someone; a cart may still be anonymous (then its id is its key, as in Medusa).
    const mine = found && (found.customer_id ? found.customer_id === res.locals.customerId : table === "cart")
    if (found && !mine) return res.status(404).json({ type: "not_found", message: `${noun} with id: ${id} was not found` })
    next()
  }
}

export const requireOwnCart = requireOwn("cart", "Cart")
export const requireOwnOrder = requireOwn("order", "Order")
