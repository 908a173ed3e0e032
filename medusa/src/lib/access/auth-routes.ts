import { getAuthContextFromJwtToken, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import parseUrl from "parseurl"
import { guardSsoCallback, guardSsoStart } from "../sso/sign-in"
import { guardCustomerSignIn, guardPasswordResetRequest, guardStaffResetRequest, guardStaffSignIn } from "./middlewares"

type Handler = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

const notFound = (res: MedusaResponse) => res.status(404).json({ type: "not_found", message: "There is no sign-in route at this address." })
const refused = (res: MedusaResponse, message: string) => res.status(403).json({ type: "not_allowed", message })
const wrongMethod = (res: MedusaResponse, allowed: string[]) => {
  res.setHeader("Allow", allowed.join(", "))
  return res.status(405).json({ type: "not_allowed", message: `Use ${allowed.join(" or ")} for this route.` })
}

interface AuthPath {
  /** The pieces as sent: Express matches fixed words against these, case-insensitively. */
  raw: string[]
  /** The pieces percent-decoded, as Express hands parameters to the handler. */
  decoded: string[]
}

/**
 * The path below /auth as Express routes it: the pathname parseurl gives Express (also for an absolute-form request
 * target such as `POST http://host/auth/...`), split on "/". Null when a piece cannot be decoded, is empty (Express
 * routes neither to a handler) or decodes to a "/" (no actor type or provider has one).
 */
function authPath(req: MedusaRequest): AuthPath | null {
  const pathname = parseUrl.original(req)?.pathname ?? ""
  const raw = pathname.split("/").slice(2)
  if (raw.length && raw[raw.length - 1] === "") raw.pop() // Express is not strict about one trailing slash
  try {
    const decoded = raw.map((piece) => decodeURIComponent(piece))
    return decoded.length && decoded.every((piece) => piece && !piece.includes("/")) ? { raw, decoded } : null
  } catch {
    return null
  }
}

/** The actor type of the admin cookie session and of the bearer token, each only if Medusa would accept it. */
function actors(req: MedusaRequest): { session: string | null; bearer: string | null } {
  const session = (req.session as { auth_context?: { actor_type?: string } } | undefined)?.auth_context?.actor_type ?? null
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const context = getAuthContextFromJwtToken(req.headers.authorization, http.jwtSecret!, ["bearer"], ["*"], http.jwtPublicKey, http.jwtVerifyOptions ?? http.jwtOptions)
  return { session, bearer: (context as { actor_type?: string } | null)?.actor_type ?? null }
}

/** The actor Medusa's `authenticate("*", ["session", "bearer"])` would take: the cookie session's, else the token's. */
const sessionOrBearer = (req: MedusaRequest) => {
  const { session, bearer } = actors(req)
  return session ?? bearer
}

const only =
  (methods: string[], handler: Handler): Handler =>
  (req, res, next) =>
    methods.includes(req.method) ? handler(req, res, next) : wrongMethod(res, methods)
const pass: Handler = (_req, _res, next) => next()
/** Staff only: the actor Medusa will authenticate must be a staff user. */
const staffOnly =
  (methods: string[]): Handler =>
  (req, res, next) =>
    sessionOrBearer(req) === "user" ? only(methods, pass)(req, res, next) : refused(res, "This route is for staff.")

/**
 * What each of Medusa's /auth routes may do, keyed by the route's shape with its parameters as `*`, and for the
 * sign-in routes by actor type and provider exactly as the handler will see them (decoded, case kept: Medusa looks
 * providers and actor types up as written). Customers sign in, and ask for reset links, through the portal
 * provider only and by POST only, each through its guard; staff through emailpass with the same kind of guard.
 * Anything else under /auth is refused: closed by default.
 */
const ROUTES = new Map<string, Handler>([
  ["sign-in:customer/portal", only(["POST"], guardCustomerSignIn)],
  ["sign-in:customer/portal/reset-password", only(["POST"], guardPasswordResetRequest)],
  ["sign-in:customer/portal/update", (_req, res) => refused(res, "Set a new password with the link we email you (POST /store/portal/public/password), so your other sessions end.")],
  ["sign-in:customer/portal/register", (_req, res) => refused(res, "Portal accounts come from OrderFlow: use “First time here?” on the sign-in page to set your password.")],
  // Single sign-on: the guards hand the provider its connection; the callback comes from the storefront's server.
  ["sign-in:customer/sso", only(["POST"], guardSsoStart)],
  ["sign-in:customer/sso/callback", only(["POST"], guardSsoCallback)],
  ["sign-in:customer/sso/update", (_req, res) => refused(res, "Single sign-on has no password to change.")],
  ["sign-in:customer/sso/register", (_req, res) => refused(res, "Single sign-on needs no registration: sign in through your company's sign-in service.")],
  ["sign-in:customer/sso/reset-password", (_req, res) => refused(res, "Single sign-on has no password here: your company's sign-in service keeps it.")],
  ["sign-in:customer/providers", only(["GET"], pass)],
  ["sign-in:user/emailpass", only(["POST"], guardStaffSignIn)],
  ["sign-in:user/emailpass/reset-password", only(["POST"], guardStaffResetRequest)],
  // The reset link's token is checked by Medusa's validateToken; invites register new staff identities.
  ["sign-in:user/emailpass/update", only(["POST"], pass)],
  ["sign-in:user/emailpass/register", only(["POST"], pass)],
  ["sign-in:user/providers", only(["GET"], pass)],
  [
    "token/refresh",
    (req, res, next) => {
      // Customer sessions have their own lifetime and are renewed by use; a refreshed sign-in token would outlive
      // signing out and password resets. Medusa refreshes the cookie session's actor, else the token's.
      const { session, bearer } = actors(req)
      if ((session ?? bearer) !== "user" || (bearer !== null && bearer !== "user")) return refused(res, "Sign-in tokens cannot be refreshed. Please sign in again.")
      return only(["POST"], pass)(req, res, next)
    },
  ],
  [
    "session",
    (req, res, next) => {
      // POST turns the bearer token into a cookie session: staff only. DELETE ends the admin's cookie session.
      if (req.method === "POST" && actors(req).bearer !== "user") return refused(res, "Customers sign in with a portal session, not a cookie.")
      return only(["POST", "DELETE"], pass)(req, res, next)
    },
  ],
  ["mfa/challenges/*/verify", staffOnly(["POST"])],
  ["mfa/factors", staffOnly(["GET", "POST"])],
  ["mfa/factors/*", staffOnly(["DELETE"])],
  ["mfa/factors/*/verify", staffOnly(["POST"])],
  ["mfa/recovery-codes", staffOnly(["POST"])],
  ["verification/request", staffOnly(["POST"])],
  ["verification/confirm", staffOnly(["POST"])],
])

/**
 * Which of Medusa's routes Express will take the path to. Fixed words are matched as Express matches them: against
 * the pieces as sent (so `%72efresh` is no "refresh"), in any case. The sign-in routes take the actor type and
 * provider as decoded parameters, kept as written, and their action as a fixed word.
 */
function routeKey({ raw, decoded }: AuthPath): string | null {
  const words = raw.map((piece) => piece.toLowerCase())
  const fixed = words.join("/")
  if (["token/refresh", "session", "mfa/factors", "mfa/recovery-codes", "verification/request", "verification/confirm"].includes(fixed)) return fixed
  if (words[0] === "mfa") {
    if (raw.length === 4 && words[1] === "challenges" && words[3] === "verify") return "mfa/challenges/*/verify"
    if (raw.length === 3 && words[1] === "factors") return "mfa/factors/*"
    if (raw.length === 4 && words[1] === "factors" && words[3] === "verify") return "mfa/factors/*/verify"
  }
  if (raw.length === 2 || raw.length === 3) return `sign-in:${[decoded[0], decoded[1], ...(raw[2] ? [words[2]] : [])].join("/")}`
  return null
}

/**
 * Every request to Medusa's /auth routes passes here first, whatever its method or spelling: Express matches
 * fixed path pieces case-insensitively and decodes parameters, so the guard decides on the decoded pieces, not on
 * one literal path, and only the exact shapes of Medusa's own routes pass.
 */
export async function guardAuthRoutes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "OPTIONS") return next() // CORS preflight, answered by Medusa's CORS middleware
  const path = authPath(req)
  if (!path) return res.status(400).json({ type: "invalid_data", message: "That sign-in address is not valid." })
  const key = routeKey(path)
  const handler = key === null ? undefined : ROUTES.get(key)
  if (!handler) return notFound(res)
  return handler(req, res, next)
}
