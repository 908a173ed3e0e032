import "server-only"
import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { safeNextPath } from "../util/safe-next-path"
import { clientHeaders, storeSession } from "./session"

/** Where to go after the identity provider, and an invitation to accept on return: kept for the round trip only. */
const NEXT_COOKIE = "portal_sso_next"
const JOIN_COOKIE = "portal_sso_join"
/** The state this browser was sent off with: the callback must bring the same one back (no login CSRF). */
const STATE_COOKIE = "portal_sso_state"
/** Why the last single sign-on failed, for the sign-in page to say (it reads it when ?sso=failed). */
export const SSO_ERROR_COOKIE = "portal_sso_error"
const ROUND_TRIP_SECONDS = 10 * 60

const roundTripCookie = { httpOnly: true, sameSite: "lax" as const, secure: process.env.STOREFRONT_URL?.startsWith("https://") ?? false, path: "/", maxAge: ROUND_TRIP_SECONDS }

export type SignInMethod = { method: "password"; sso: null } | { method: "sso"; sso: { display_name: string; required: boolean } }

/** How this email signs in: its company's identity provider, or a password (customer numbers always). */
export async function signInMethod(identifier: string): Promise<SignInMethod> {
  return await medusa().client.fetch<SignInMethod>("/store/portal/public/sign-in-method", { method: "POST", body: { identifier }, headers: await clientHeaders() })
}

/**
 * Sends the browser to the company's identity provider (the backend builds the address, with PKCE, state and
 * nonce). Never returns: it redirects, or answers the backend's reason when the sign-in cannot start.
 */
export async function startSso(identifier: string, options: { next?: string; invitationToken?: string } = {}): Promise<string> {
  let location: string
  try {
    location = (await medusa().client.fetch<{ location: string }>("/auth/customer/sso", { method: "POST", body: { identifier }, headers: await clientHeaders() })).location
  } catch (error) {
    return messageOf(error, "Your company's sign-in could not be started. Please try again.")
  }
  const jar = await cookies()
  jar.set(STATE_COOKIE, new URL(location).searchParams.get("state") ?? "", roundTripCookie)
  jar.set(NEXT_COOKIE, safeNextPath(options.next), roundTripCookie)
  if (options.invitationToken) jar.set(JOIN_COOKIE, options.invitationToken, roundTripCookie)
  else jar.delete(JOIN_COOKIE)
  redirect(location)
}

/**
 * The identity provider sent the browser back: the backend redeems the code and checks the person, the session
 * starts as after a password, and an invitation the person came to accept is accepted. Answers where to go next.
 */
export async function completeSso(query: URLSearchParams): Promise<{ next: string } | { error: string }> {
  const jar = await cookies()
  const next = safeNextPath(jar.get(NEXT_COOKIE)?.value)
  const invitationToken = jar.get(JOIN_COOKIE)?.value
  const startedHere = jar.get(STATE_COOKIE)?.value
  for (const name of [NEXT_COOKIE, JOIN_COOKIE, STATE_COOKIE]) jar.delete(name)
  // A callback this browser did not start (someone else's sign-in, sent here by a link) signs nobody in.
  if (!startedHere || query.get("state") !== startedHere) return { error: "This sign-in was not started in this browser. Please sign in again." }
  const params = Object.fromEntries([...query].filter(([name]) => ["code", "state", "iss", "session_state", "error", "error_description"].includes(name)))
  try {
    const headers = await clientHeaders()
    const { token } = await medusa().client.fetch<{ token: string }>("/auth/customer/sso/callback", { method: "POST", query: params, headers })
    const session = await medusa().client.fetch<{ token: string }>("/store/portal/public/sessions", { method: "POST", body: {}, headers: { authorization: `Bearer ${token}`, ...headers } })
    await storeSession(session.token)
  } catch (error) {
    return { error: messageOf(error, "Signing in through your company did not complete. Please try again.") }
  }
  if (invitationToken) {
    try {
      await medusa().client.fetch("/store/portal/public/invitation-acceptance", { method: "POST", body: { token: invitationToken }, headers: await clientHeaders() })
      // The session is in the company's account; an invitation to another account shows in the switcher.
      return { next: "/account?joined=1" }
    } catch (error) {
      return { error: messageOf(error, "You are signed in, but the invitation could not be accepted.") }
    }
  }
  return { next }
}
