import "server-only"
import { cookies } from "next/headers"

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
