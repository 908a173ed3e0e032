import type { MedusaRequest } from "@medusajs/framework/http"

/** Where a request came from, for the audit trail and the per-IP limits. */
export function requestInfo(req: MedusaRequest): { ip: string | null; user_agent: string | null } {
  return { ip: req.ip ?? req.socket?.remoteAddress ?? null, user_agent: req.get("user-agent")?.slice(0, 500) ?? null }
}

/** The bearer token of the request, if any. */
export function bearerToken(req: MedusaRequest): string | null {
  const header = req.headers.authorization
  return header?.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() || null : null
}

const TIME = new Intl.DateTimeFormat("en-ZA", { timeZone: "Africa/Johannesburg", hour: "2-digit", minute: "2-digit", hour12: false })

/** "Try again after 14:35 (in 15 minutes)." in Johannesburg time. */
export function tryAgainAfter(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000))
  return `Try again after ${TIME.format(until)} (in ${minutes} minute${minutes === 1 ? "" : "s"}).`
}
