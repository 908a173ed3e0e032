import type * as OpenId from "openid-client" with { "resolution-mode": "import" }
import type { SsoClientSettings } from "./provider-input"

const DISCOVERY_TTL_MS = 60 * 60_000
/** The provider's answers (discovery, token, keys) must come in this long, or the sign-in fails with a message. */
const REQUEST_TIMEOUT_SECONDS = 10

/** openid-client 6 is ESM only; Medusa's code is CommonJS. */
export const openIdClient = () => import("openid-client")

/** Plain HTTP is allowed only for an identity provider on this machine (the demo's and the tests'). */
export const isLoopbackIssuer = (issuer: URL) => ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname)

const configurations = new Map<string, { expiresAt: number; configuration: Promise<OpenId.Configuration> }>()

/**
 * The connection's provider as openid-client knows it after discovery (endpoints, keys, client authentication):
 * looked up once an hour per connection version, and again after a failure. Its signing keys are cached with it.
 */
export function discoveredConfiguration(connection: SsoClientSettings): Promise<OpenId.Configuration> {
  const key = `${connection.id}:${connection.version}`
  const cached = configurations.get(key)
  if (cached && cached.expiresAt > Date.now()) return cached.configuration
  const configuration = discover(connection)
  configuration.catch(() => configurations.delete(key))
  configurations.set(key, { expiresAt: Date.now() + DISCOVERY_TTL_MS, configuration })
  return configuration
}

async function discover(connection: SsoClientSettings): Promise<OpenId.Configuration> {
  const client = await openIdClient()
  const issuer = new URL(connection.issuer_url)
  // client_secret_basic: the default of OpenID Connect client registration. enableNonRepudiationChecks: the
  // id_token's signature is checked against the provider's keys even though it came straight from its token
  // endpoint (openid-client would otherwise rely on TLS alone, and a plain-HTTP or intercepted answer would pass).
  return await client.discovery(issuer, connection.client_id, undefined, client.ClientSecretBasic(connection.client_secret), {
    execute: [...(isLoopbackIssuer(issuer) ? [client.allowInsecureRequests] : []), client.enableNonRepudiationChecks],
    timeout: REQUEST_TIMEOUT_SECONDS,
  })
}

/** The provider's end-session URL for RP-initiated logout, or null when it has none (or does not answer). */
export async function endSessionUrl(connection: SsoClientSettings, postLogoutRedirectUri: string): Promise<string | null> {
  const client = await openIdClient()
  const configuration = await discoveredConfiguration(connection).catch(() => null)
  if (!configuration?.serverMetadata().end_session_endpoint) return null
  return client.buildEndSessionUrl(configuration, { client_id: connection.client_id, post_logout_redirect_uri: postLogoutRedirectUri }).href
}
