import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import { guardCustomerSignIn, guardPasswordResetRequest, guardStaffResetRequest, guardStaffSignIn } from "./middlewares"

type Handler = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

const notFound = (res: MedusaResponse) => res.status(404).json({ type: "not_found", message: "There is no sign-in route at this address." })
const refused = (res: MedusaResponse, message: string) => res.status(403).json({ type: "not_allowed", message })
const wrongMethod = (res: MedusaResponse, allowed: string) => {
  res.setHeader("Allow", allowed)
  return res.status(405).json({ type: "not_allowed", message: `Use ${allowed} for this route.` })
}

/**
 * The path below /auth as Express routes it: split on "/", each piece percent-decoded as Express decodes route
 * parameters. Null when a piece cannot be decoded or is empty (Express routes neither to a handler).
 */
function authPath(req: MedusaRequest): string[] | null {
  const pieces = req.originalUrl.split("?")[0]!.split("/").slice(2)
  if (pieces.length && pieces[pieces.length - 1] === "") pieces.pop() // Express is not strict about one trailing slash
  try {
    const decoded = pieces.map((piece) => decodeURIComponent(piece))
    return decoded.length && decoded.every(Boolean) ? decoded : null
  } catch {
    return null
  }
}

/** The actor type of the request's token or admin session, if it carries one Medusa would accept. */
function tokenActor(req: MedusaRequest): string | null {
  const sessionActor = (req.session as { auth_context?: { actor_type?: string } } | undefined)?.auth_context?.actor_type
  if (sessionActor) return sessionActor
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const context = getAuthContextFromJwtToken(req.headers.authorization, http.jwtSecret!, ["bearer"], ["*"], http.jwtPublicKey, http.jwtVerifyOptions ?? http.jwtOptions)
  return context ? ((context as { actor_type?: string }).actor_type ?? null) : null
}

const only = (method: string, handler: Handler): Handler => (req, res, next) => (req.method === method ? handler(req, res, next) : wrongMethod(res, method))
const pass: Handler = (_req, _res, next) => next()

/**
 * What each sign-in route of Medusa's may do, by actor type and provider, exactly as the handler will see them
 * (decoded, case kept: Medusa looks providers and actor types up as written). Customers sign in, and ask for reset
 * links, through the portal provider only and by POST only, each through its guard; staff through emailpass with
 * the same kind of guard. Anything else under /auth is refused: closed by default.
 */
const PROVIDER_ROUTES: Record<string, Record<string, Handler>> = {
  "customer/portal": {
    "": only("POST", guardCustomerSignIn),
    "reset-password": only("POST", guardPasswordResetRequest),
    update: (_req, res) => refused(res, "Set a new password with the link we email you (POST /store/portal/password), so your other sessions end."),
    register: (_req, res) => refused(res, "Portal accounts come from OrderFlow: use “First time here?” on the sign-in page to set your password."),
  },
  "user/emailpass": {
    "": only("POST", guardStaffSignIn),
    "reset-password": only("POST", guardStaffResetRequest),
    // The reset link's token is checked by Medusa's validateToken; invites register new staff identities.
    update: only("POST", pass),
    register: only("POST", pass),
  },
}

/**
 * Every request to Medusa's /auth routes passes here first, whatever its method or spelling: Express matches
 * static path pieces case-insensitively and decodes parameters, so the guard decides on the decoded pieces, not on
 * one literal path.
 */
export async function guardAuthRoutes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "OPTIONS") return next() // CORS preflight, answered by Medusa's CORS middleware
  const path = authPath(req)
  if (!path) return res.status(400).json({ type: "invalid_data", message: "That sign-in address is not valid." })
  const first = path[0]!.toLowerCase()
  const actor = tokenActor(req)

  // Medusa's routes with fixed names, which Express matches before the :actor_type/:auth_provider ones.
  if (first === "token" && path.length === 2 && path[1]!.toLowerCase() === "refresh") {
    // Customer sessions have their own lifetime and are renewed by use; a refreshed sign-in token would outlive
    // signing out and password resets.
    if (actor !== "user") return refused(res, "Sign-in tokens cannot be refreshed. Please sign in again.")
    return only("POST", pass)(req, res, next)
  }
  if (first === "session" && path.length === 1) {
    if (actor !== null && actor !== "user") return refused(res, "Customers sign in with a portal session, not a cookie.")
    return next()
  }
  if (first === "mfa" || first === "verification") {
    if (actor !== "user") return refused(res, "This route is for staff.")
    return next()
  }
  if (path.length === 2 && path[1]!.toLowerCase() === "providers" && (path[0] === "customer" || path[0] === "user")) {
    return only("GET", pass)(req, res, next)
  }
  if (path.length < 2 || path.length > 3) return notFound(res)
  const provider = PROVIDER_ROUTES[`${path[0]}/${path[1]}`]
  const handler = provider?.[path[2]?.toLowerCase() ?? ""]
  if (!handler) return notFound(res)
  return handler(req, res, next)
}
