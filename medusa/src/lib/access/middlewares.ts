import { authenticate, type AuthContext, type AuthenticatedMedusaRequest, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decode } from "jsonwebtoken"
import parseUrl from "parseurl"
import { AUDIT_MODULE } from "../../modules/audit"
import type { AuditAction } from "../../modules/audit/models/audit-entry"
import type { AccountRole } from "../../modules/customer-access/models/account-membership"
import type AuditModuleService from "../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { isVisibleNativeOrder } from "../read-models/visible-native-orders"
import { orderScope } from "./order-scope"
import { normalizeIdentifier } from "./identifier"
import { ssoRequiredRefusal } from "../sso/sign-in"
import { resolveLogin } from "./people"
import { setPortalAccess } from "./portal-access"
import { can } from "./roles"
import { requirementFor, isAccountDataPath } from "./route-permissions"
import { consume, forgive, giveBack, type LimitName } from "./rate-limits"
import { parseAuthorization, requestInfo, tryAgainAfter } from "./request-info"
import { type PortalSignInClaims, portalSignInToken } from "./session-token"
import { admitPasswordCheck } from "./sign-in-admission"

export { type PortalSignInClaims, SIGN_IN_TOKEN_SECONDS } from "./session-token"

type Body = Record<string, unknown>

const inWords = (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 60_000)} minutes` : `${Math.round(ms / 1000)} seconds`)

const knexOf = (req: MedusaRequest) => req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
const auditOf = (req: MedusaRequest) => req.scope.resolve<AuditModuleService>(AUDIT_MODULE)

/** The answer when a limit is reached: 429 with the time to try again, in words and as Retry-After. */
function refuse(res: MedusaResponse, until: Date, what: string) {
  res.setHeader("Retry-After", String(Math.ceil((until.getTime() - Date.now()) / 1000)))
  res.status(429).json({ type: "too_many_requests", code: "locked", retry_at: until.toISOString(), message: `${what} ${tryAgainAfter(until)}` })
}

interface SignInAttempt {
  /** The limit key of the account: a customer number, or what was typed for an unknown account. */
  accountKey: string
  typed: string
  customerId: string | null
  failedAction: AuditAction
  /** Rewrites a successful answer before it leaves. */
  onSuccess?: (answer: unknown) => unknown
}

/**
 * Counts a sign-in attempt against the account and the address BEFORE the password is checked, so parallel
 * guesses cannot get past the limit; a successful sign-in gets its attempt back and clears the account's failures.
 * The outcome is settled before the answer leaves, so the next attempt already sees it.
 */
async function limitSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, attempt: SignInAttempt) {
  const knex = knexOf(req)
  const info = requestInfo(req)
  const ipKey = info.ip ?? "unknown"
  const limits: [LimitName, string][] = [
    ["signInFailuresPerAccount", attempt.accountKey],
    ["signInFailuresPerIp", ipKey],
  ]
  const audit = (reason: string) =>
    auditOf(req).record({ action: attempt.failedAction, customer_id: attempt.customerId, actor: attempt.typed, ...info, details: { reason } })
  const locked = await consume(knex, limits)
  if (locked) {
    await audit("locked")
    return refuse(res, locked, "This account is locked after too many failed sign-in attempts.")
  }
  const send = res.json.bind(res)
  res.json = ((answer: unknown) => {
    const settle = async () => {
      if (res.statusCode === 200) {
        await forgive(knex, "signInFailuresPerAccount", attempt.accountKey)
        await giveBack(knex, "signInFailuresPerIp", ipKey)
      } else if (res.statusCode === 401) {
        await audit("wrong_credentials")
      }
    }
    settle()
      .catch((error: unknown) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Recording a sign-in attempt failed: ${String(error)}`))
      .then(() => send(res.statusCode === 200 && attempt.onSuccess ? attempt.onSuccess(answer) : answer))
      .catch((error: unknown) => {
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Answering a sign-in failed: ${String(error)}`)
        if (!res.headersSent) res.status(500).json({ type: "unknown_error", message: "Signing in did not complete. Please try again." })
      })
    return res
  }) as typeof res.json
  next()
}

const tooLong = (res: MedusaResponse) =>
  res.status(400).json({ type: "invalid_data", message: "That email, customer number or password is too long." })

/**
 * Before Medusa's `POST /auth/customer/portal`: checks the body, turns an email into the customer number the
 * identity is known by, and limits, locks and records attempts (successful ones are recorded when the session
 * starts).
 */
export async function guardCustomerSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Body
  const typed = typeof body.identifier === "string" ? body.identifier.trim() : ""
  if (!typed || typeof body.password !== "string" || !body.password) {
    return res.status(400).json({ type: "invalid_data", message: "Enter your email or customer number and your password." })
  }
  if (typed.length > 254 || body.password.length > 200) return tooLong(res)
  const login = await resolveLogin(req.scope, typed)
  const ssoRefusal = await ssoRequiredRefusal(req.scope, login)
  if (ssoRefusal) return res.status(403).json({ type: "not_allowed", code: "sso_required", message: ssoRefusal })
  req.body = { identifier: login.entityId ?? typed, password: body.password }
  return admitPasswordCheck(req, res, () => limitSignIn(req, res, next, {
    accountKey: login.entityId ?? typed.toLowerCase(),
    typed,
    customerId: login.customer?.id ?? null,
    failedAction: "auth.sign_in_failed",
    // Signing in by customer number opens that account; by email, the account used last.
    onSuccess: (answer) =>
      signInTokenAnswer(req, answer, {
        portal_login: login.entityId,
        portal_account: normalizeIdentifier(typed)?.kind === "customer_number" ? (login.customer?.id ?? null) : null,
      }),
  }))
}

/**
 * The token Medusa answers a customer sign-in with, re-issued as a single-use sign-in token: it lives two minutes,
 * carries its own id (so two sign-ins in the same second differ) and the `portal_sign_in` claim, and starts at most
 * one session (POST /store/portal/public/sessions uses it up). On its own it opens no store route.
 */
function signInTokenAnswer(req: MedusaRequest, answer: unknown, signIn: Omit<PortalSignInClaims, "portal_sign_in">): unknown {
  const token = (answer as { token?: unknown } | null)?.token
  if (typeof token !== "string") return answer
  const claims = (decode(token) as Partial<AuthContext> | null) ?? {}
  return { token: portalSignInToken(req, claims, signIn) }
}


/** Before Medusa's `POST /auth/user/emailpass`: staff sign-in gets the same limits and lockout as customers'. */
export async function guardStaffSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Body
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""
  if (!email || typeof body.password !== "string" || !body.password) {
    return res.status(400).json({ type: "invalid_data", message: "Enter your email and your password." })
  }
  if (email.length > 254 || body.password.length > 200) return tooLong(res)
  // Only the limit key is lower-cased: the identity is looked up as the provider stored it.
  req.body = { email: (body.email as string).trim(), password: body.password }
  return admitPasswordCheck(req, res, () => limitSignIn(req, res, next, { accountKey: `staff:${email}`, typed: email, customerId: null, failedAction: "staff.sign_in_failed" }))
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
  const login = await resolveLogin(req.scope, typed)
  const info = requestInfo(req)
  const until = await consume(knex, [
    ["linkRequestsPerAccount", login.entityId ?? typed.toLowerCase()],
    ["linkRequestsPerIp", info.ip ?? "unknown"],
  ])
  if (until) return refuse(res, until, "Too many requests for a link.")
  await auditOf(req).record({ action: "auth.reset_requested", customer_id: login.customer?.id ?? null, actor: typed, ...info })
  req.body = { identifier: login.entityId ?? typed, metadata: { purpose: "reset" } }
  next()
}

/** Before Medusa's `POST /auth/user/emailpass/reset-password`: staff reset mails are limited like customers' links. */
export async function guardStaffResetRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Body
  const identifier = typeof body.identifier === "string" ? body.identifier.trim().toLowerCase() : ""
  if (!identifier || identifier.length > 254) return res.status(400).json({ type: "invalid_data", message: "Enter your email." })
  const until = await consume(knexOf(req), [
    ["linkRequestsPerAccount", `staff:${identifier}`],
    ["linkRequestsPerIp", requestInfo(req).ip ?? "unknown"],
  ])
  if (until) return refuse(res, until, "Too many requests for a link.")
  next()
}

const unauthorized = (res: MedusaResponse, code: string, message: string) => res.status(401).json({ type: "unauthorized", code, message })

/** Whether this is the one request a fresh sign-in token may make: starting its session. */
const startsSession = (req: MedusaRequest) =>
  // The path as Express routes it (parseurl of the original URL: inside a mounted middleware req.path is relative).
  req.method === "POST" && (parseUrl.original(req)?.pathname ?? "").replace(/\/+$/, "").toLowerCase() === `${PUBLIC_PORTAL_PREFIX}/sessions`

/**
 * On every store route: a request that carries any Authorization header must belong to a live portal session
 * (30 minutes idle, 12 hours at most). The header is read the way Medusa reads it, so no spelling of it reaches
 * Medusa's own authentication unchecked; a header that is there but is no bearer token is refused. An expired
 * session is ended here and answered 401 with the reason, so the storefront can say why. Only starting a session
 * accepts a fresh sign-in token that is not a session yet (that route checks the token itself).
 */
export async function requireLiveCustomerSession(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Customers use bearer sessions only; a cookie session would bypass the idle limit.
  if ((req.session as { auth_context?: unknown } | undefined)?.auth_context) return unauthorized(res, "session_unsupported", "Sign in again.")
  const authorization = parseAuthorization(req)
  if (authorization === undefined) return next()
  if (authorization === null || authorization.scheme.toLowerCase() !== "bearer") {
    return unauthorized(res, "invalid_authorization", "This request's Authorization header is not a session token. Please sign in.")
  }
  if (startsSession(req)) return next()
  const access = req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const check = await access.checkSession(authorization.credentials)
  if (check.status === "active") {
    res.locals.customerId = check.session.customer_id
    res.locals.role = check.access.role
    setPortalAccess(req, {
      customerId: check.session.customer_id,
      personId: check.session.person_id!,
      membershipId: check.access.membership_id,
      sessionId: check.session.id,
      role: check.access.role,
      locationIds: check.access.location_ids,
    })
    return next()
  }
  if (check.status === "ended" && check.endedNow) {
    await auditOf(req).record({
      action: "auth.timeout",
      customer_id: check.session.customer_id,
      person_id: check.session.person_id,
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
          : reason === "access_removed"
            ? "Your access to this account changed or was removed. Sign in again, or ask the account's Admin."
            : reason === "sso_logout"
              ? "You signed out at your company's sign-in service, so you were signed out here too."
              : "Please sign in."
  unauthorized(res, `session_${reason}`, message)
}

/**
 * After `authenticate` on the portal's customer routes: the authenticated customer must be the customer of the
 * live session this request was let in by, not merely the holder of some valid token.
 */
export function requireSessionCustomer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const actor = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!actor || !res.locals.customerId || actor !== res.locals.customerId) return unauthorized(res, "session_unknown", "Please sign in.")
  next()
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

const notFound = (res: MedusaResponse, noun: string, id: string) => res.status(404).json({ type: "not_found", message: `${noun} with id: ${id} was not found` })

/** Whether a cart belongs to another customer (a cart may still be anonymous: then its id is its key, as in Medusa). */
async function isSomeoneElsesCart(req: MedusaRequest, res: MedusaResponse, cartId: string): Promise<boolean> {
  const { rows } = await knexOf(req).raw(`SELECT customer_id FROM cart WHERE id = ? AND deleted_at IS NULL`, [cartId])
  const owner = (rows as { customer_id: string | null }[])[0]?.customer_id
  return Boolean(owner && owner !== res.locals.customerId)
}

/**
 * A customer's carts are theirs alone: someone else's cart id answers "not found", as if it did not exist (stock
 * Medusa treats a cart id as enough, for guest checkouts the portal does not have). A line item named in the path
 * must be a line of that cart.
 */
export async function requireOwnCart(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { id, line_id: lineId } = req.params
  if (!id) return next()
  if (await isSomeoneElsesCart(req, res, id)) return notFound(res, "Cart", id)
  if (lineId) {
    const line = await knexOf(req).raw(`SELECT 1 FROM cart_line_item WHERE id = ? AND cart_id = ? AND deleted_at IS NULL`, [lineId, id])
    if (!line.rows.length) return notFound(res, "Line item", lineId)
  }
  next()
}

/**
 * The same for a cart named in the query or body (shipping options, prices in a cart's context, payment
 * collections, reorder submission): someone else's cart answers "not found" on every store route.
 */
export async function requireOwnCartReference(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  for (const source of [req.query, req.body] as unknown[]) {
    const cartId = (source as { cart_id?: unknown } | null | undefined)?.cart_id
    if (typeof cartId === "string" && cartId && (await isSomeoneElsesCart(req, res, cartId))) return notFound(res, "Cart", cartId)
  }
  next()
}

/**
 * A customer's orders are theirs alone, and only those the portal shows (the visibility rule: 24 months, cancelled
 * orders for 90 days, drafts for 7): anything else answers "not found".
 */
export async function requireOwnVisibleOrder(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.params.id
  if (!id) return next()
  const scope = res.locals.customerId ? await orderScope(req) : null
  if (!(await isVisibleNativeOrder(req.scope, id, scope))) return notFound(res, "Order", id)
  next()
}

/** The prefix of the portal's few routes that need no portal session (api/store/portal/public). */
export const PUBLIC_PORTAL_PREFIX = "/store/portal/public"

/**
 * Whether Express would route this request to a handler under /store/portal/public: the path as Express reads it
 * (parseurl, also for an absolute-form target), compared without regard to case, as Express's routing does. Any
 * other spelling is not public, so the worst a strange spelling can get is a 401.
 */
function isPublicPortalRequest(req: MedusaRequest): boolean {
  const pathname = (parseUrl.original(req)?.pathname ?? "").toLowerCase()
  return pathname === PUBLIC_PORTAL_PREFIX || pathname.startsWith(`${PUBLIC_PORTAL_PREFIX}/`)
}

const authenticateCustomer = authenticate("customer", ["bearer"])

const forbidden = (res: MedusaResponse) =>
  res.status(403).json({ type: "not_allowed", code: "role", message: "Your role in this account does not include this. Ask the account's Admin if you need it." })

/**
 * After the session check, on every route with an account's data: the person's role in the session's account must
 * include what the route needs (lib/access/route-permissions). A portal route with no declared need answers 403 to
 * everyone; a request without a session is left to the route's own authentication (401).
 */
export function requireRolePermission(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const role = res.locals.role as AccountRole | undefined
  if (!role) return next()
  const pathname = (parseUrl.original(req)?.pathname ?? "").replace(/\/+$/, "")
  if (!isAccountDataPath(pathname) || isPublicPortalRequest(req)) return next()
  const requirement = requirementFor(req.method, pathname)
  // A method a stock route does not list reaches the portal's own refusal of it (refuseReplacedRoute) or Medusa's 404.
  if (requirement.kind === "method_not_listed") return pathname.toLowerCase().startsWith("/store/portal/") ? notFound(res, "Route", `${req.method} ${pathname}`) : next()
  if (requirement.kind === "not_listed" || !can(role, requirement.permission)) return forbidden(res)
  next()
}

/**
 * Closed by default: every method of every route under /store/portal needs the bearer token of the customer whose
 * live session let the request in, except the public prefix. A route added without a thought is private.
 */
export async function requireSignedInCustomer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isPublicPortalRequest(req)) return next()
  // Returned, so a failure inside authenticate reaches Medusa's error handler instead of hanging the request.
  return await authenticateCustomer(req, res, (error?: unknown) => (error ? next(error) : requireSessionCustomer(req, res, next)))
}
