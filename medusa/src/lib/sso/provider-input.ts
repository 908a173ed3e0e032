/**
 * What the /auth guard hands the SSO auth provider (modules/portal-sso) in place of the request body: the
 * connection the sign-in goes through, read from the customer-access module and decrypted there. The provider
 * never takes a connection from the visitor.
 */
export interface SsoClientSettings {
  id: string
  issuer_url: string
  client_id: string
  client_secret: string
  allowed_domains: string[]
  groups_claim: string
  /** Changes when staff edit the connection: the provider's cached discovery is keyed by it. */
  version: string
}

export interface SsoAuthenticateInput {
  connection: SsoClientSettings
  /** The email typed on the sign-in page, passed to the provider as login_hint. */
  login_hint: string | null
}

export interface SsoCallbackInput {
  connection: SsoClientSettings
  /** The query the identity provider sent the browser back with (code, state, iss, or error). */
  params: Record<string, string>
}

/** What a successful SSO sign-in keeps on its provider identity (user_metadata), for the guard's next steps. */
export interface SsoSignInFacts {
  connection_id: string
  email: string
  name: string | null
  groups: string[]
  /** The provider's session id, when it gives one: back-channel logout names it. */
  sid: string | null
}

/** The state parameter starts with the connection id, so the callback knows whose provider answered. */
export const STATE_SEPARATOR = "."

export const connectionIdOfState = (state: string): string | null => {
  const at = state.indexOf(STATE_SEPARATOR)
  return at > 0 ? state.slice(0, at) : null
}

export const emailDomain = (email: string): string => email.slice(email.lastIndexOf("@") + 1).toLowerCase()
