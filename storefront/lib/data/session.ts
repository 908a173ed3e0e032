import "server-only"
import { cookies, headers } from "next/headers"

const AUTH_COOKIE = "portal_session"

/** Authorization header for Medusa calls on behalf of the signed-in customer, or none when signed out. */
export async function authHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function hasSession(): Promise<boolean> {
  return Boolean((await cookies()).get(AUTH_COOKIE)?.value)
}

export async function storeSession(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.STOREFRONT_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: 60 * 60 * 12,
  })
}

export async function clearSession(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

export const SESSION_COOKIE_NAME = AUTH_COOKIE

/**
 * The customer's own address and browser, passed on to Medusa: its rate limits count per customer address and its
 * audit trail shows the customer's browser, not this server's. The address is the one server.mts saw (the socket,
 * or what a trusted proxy forwarded), never an X-Forwarded-For the visitor wrote; Medusa believes it because this
 * server is where STOREFRONT_ADDRESSES says the storefront is.
 */
export async function clientHeaders(): Promise<Record<string, string>> {
  const incoming = await headers()
  const address = incoming.get("x-portal-client-ip")
  const userAgent = incoming.get("user-agent")
  return { ...(address ? { "x-forwarded-for": address } : {}), ...(userAgent ? { "user-agent": userAgent } : {}) }
}

/** Headers for a signed-in customer's call: their token, address and browser. */
export async function customerHeaders(): Promise<Record<string, string>> {
  return { ...(await authHeaders()), ...(await clientHeaders()) }
}
