import type { JWTPayload } from "jose" with { "resolution-mode": "import" }
import type { SsoConnectionRow } from "../../modules/customer-access/repositories/sso-connections"
import { discoveredConfiguration } from "./discovery"
import type { SsoClientSettings } from "./provider-input"

const BACK_CHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout"
/** A logout token older than this is refused (its `jti` is remembered for that long, so it cannot be replayed). */
export const LOGOUT_TOKEN_MAX_AGE_SECONDS = 300

const jose = () => import("jose")
const keySets = new Map<string, ReturnType<Awaited<ReturnType<typeof jose>>["createRemoteJWKSet"]>>()

export interface LogoutToken {
  subject: string | null
  sessionId: string | null
  jti: string
}

/**
 * Verifies an OpenID Connect back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6):
 * signed with one of the provider's keys, issued by it for this client, recent, with the logout event, a `sub` or
 * `sid`, a `jti`, and no nonce. Throws with a reason otherwise.
 */
export async function verifyLogoutToken(connection: SsoConnectionRow, settings: SsoClientSettings, token: string): Promise<LogoutToken> {
  const { createRemoteJWKSet, jwtVerify } = await jose()
  const metadata = (await discoveredConfiguration(settings)).serverMetadata()
  if (!metadata.jwks_uri) throw new Error("The identity provider publishes no signing keys.")
  const keySetKey = `${connection.id}:${metadata.jwks_uri}`
  let keySet = keySets.get(keySetKey)
  if (!keySet) keySets.set(keySetKey, (keySet = createRemoteJWKSet(new URL(metadata.jwks_uri))))
  const { payload } = await jwtVerify(token, keySet, {
    issuer: metadata.issuer,
    audience: connection.client_id,
    maxTokenAge: `${LOGOUT_TOKEN_MAX_AGE_SECONDS}s`,
  })
  return checkedClaims(payload)
}

function checkedClaims(payload: JWTPayload & { events?: unknown; sid?: unknown; nonce?: unknown }): LogoutToken {
  const events = payload.events as Record<string, unknown> | undefined
  if (!events || typeof events[BACK_CHANNEL_LOGOUT_EVENT] !== "object") throw new Error("The token is not a back-channel logout token.")
  if (payload.nonce !== undefined) throw new Error("A logout token must not carry a nonce.")
  const subject = typeof payload.sub === "string" ? payload.sub : null
  const sessionId = typeof payload.sid === "string" ? payload.sid : null
  if (!subject && !sessionId) throw new Error("The logout token names neither a subject nor a session.")
  if (typeof payload.jti !== "string") throw new Error("The logout token has no jti.")
  return { subject, sessionId, jti: payload.jti }
}
