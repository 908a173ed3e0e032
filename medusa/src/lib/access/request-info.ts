import type { MedusaRequest } from "@medusajs/framework/http"
import { clientAddress } from "@portal/integrations/http"

/**
 * Where a request came from, for the audit trail and the per-IP limits: the peer's address, or the one the
 * storefront (STOREFRONT_ADDRESSES, by default this host) or a proxy in TRUSTED_PROXIES forwarded. Express's own
 * req.ip is not used: Medusa trusts one X-Forwarded-For hop from anyone, so a visitor could name any address.
 */
export function requestInfo(req: MedusaRequest): { ip: string | null; user_agent: string | null } {
  return { ip: clientAddress(req, { storefront: true }) || null, user_agent: req.get("user-agent")?.slice(0, 500) ?? null }
}

export type ParsedAuthorization = { scheme: string; credentials: string }

/**
 * The Authorization header read exactly as Medusa's `authenticate` reads it (the first two runs of non-space
 * characters, any whitespace between), so no spelling of the header reaches Medusa unseen by the portal's checks.
 * `undefined`: there is no header; `null`: there is one, but nothing Medusa would read from it.
 */
export function parseAuthorization(req: MedusaRequest): ParsedAuthorization | null | undefined {
  const header = req.headers.authorization
  if (header === undefined) return undefined
  const match = /(\S+)\s+(\S+)/.exec(header)
  return match ? { scheme: match[1]!, credentials: match[2]! } : null
}

/** The bearer token of the request, if any, as Medusa would find it. */
export function bearerToken(req: MedusaRequest): string | null {
  const parsed = parseAuthorization(req)
  return parsed && parsed.scheme.toLowerCase() === "bearer" ? parsed.credentials : null
}

const TIME = new Intl.DateTimeFormat("en-ZA", { timeZone: "Africa/Johannesburg", hour: "2-digit", minute: "2-digit", hour12: false })

/** "Try again after 14:35 (in 15 minutes)." in Johannesburg time. */
export function tryAgainAfter(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000))
  return `Try again after ${TIME.format(until)} (in ${minutes} minute${minutes === 1 ? "" : "s"}).`
}
