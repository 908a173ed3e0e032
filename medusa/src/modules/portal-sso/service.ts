import type { AuthIdentityDTO, AuthIdentityProviderService, AuthenticationInput, AuthenticationResponse, Logger } from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import type * as OpenId from "openid-client" with { "resolution-mode": "import" }
import {
  emailDomain,
  STATE_SEPARATOR,
  type SsoAuthenticateInput,
  type SsoCallbackInput,
  type SsoSignInFacts,
} from "../../lib/sso/provider-input"
import { discoveredConfiguration, openIdClient } from "../../lib/sso/discovery"

interface PortalSsoOptions {
  /** The storefront page the identity provider sends people back to. */
  redirectUri: string
}

/** What a sign-in remembers between leaving for the identity provider and coming back (single use, 10 minutes). */
interface PendingSignIn {
  connection_id: string
  code_verifier: string
  nonce: string
}

const STATE_SECONDS = 600

const failed = (error: string): AuthenticationResponse => ({ success: false, error })

/**
 * Single sign-on through a company's own OpenID Connect provider: authorization code with PKCE (S256), state and
 * nonce, the issuer found by discovery, and the id_token checked by openid-client (signature against the
 * provider's keys, issuer, audience, expiry, nonce) before this checks `email_verified` and the email's domain.
 * The connection comes from the /auth guard (lib/sso/provider-input), never from the visitor. An identity is one
 * subject of one connection (`<connection id>:<sub>`); who that person is in the portal is decided after this.
 */
class PortalSsoProviderService extends AbstractAuthModuleProvider {
  static override identifier = "sso"
  static override DISPLAY_NAME = "Single sign-on (OpenID Connect)"

  private readonly options: PortalSsoOptions
  private readonly logger: Logger

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options.redirectUri !== "string" || !options.redirectUri) throw new Error("The SSO provider needs redirectUri (the storefront's /sso/callback).")
  }

  constructor(container: { logger: Logger }, options: PortalSsoOptions) {
    super()
    this.options = options
    this.logger = container.logger
  }

  /** Sends the person to their company's provider: the answer's `location` is its authorization URL. */
  override async authenticate(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const input = (data.body ?? {}) as Partial<SsoAuthenticateInput>
    if (!input.connection) return failed("Enter your work email so we can find your company's sign-in.")
    const client = await openIdClient()
    const configuration = await discoveredConfiguration(input.connection).catch((error: unknown) => {
      this.logger.warn(`SSO discovery failed for ${input.connection!.issuer_url}: ${String(error)}`)
      return null
    })
    if (!configuration) return failed("Your company's sign-in service is not answering just now. Please try again in a few minutes.")
    const pending: PendingSignIn = { connection_id: input.connection.id, code_verifier: client.randomPKCECodeVerifier(), nonce: client.randomNonce() }
    const state = `${input.connection.id}${STATE_SEPARATOR}${client.randomState()}`
    await identities.setState(state, pending as unknown as Record<string, unknown>, STATE_SECONDS)
    const location = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.options.redirectUri,
      scope: "openid email profile",
      response_type: "code",
      code_challenge: await client.calculatePKCECodeChallenge(pending.code_verifier),
      code_challenge_method: "S256",
      state,
      nonce: pending.nonce,
      ...(input.login_hint ? { login_hint: input.login_hint } : {}),
    })
    return { success: true, location: location.href }
  }

  /** The provider sent the person back: redeems the code and checks who they are. */
  override async validateCallback(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const input = (data.body ?? {}) as Partial<SsoCallbackInput>
    const params = input.params ?? {}
    if (params.error) {
      const said = params.error_description ? `: ${params.error_description.slice(0, 200)}` : ""
      return failed(`Your company's sign-in service did not sign you in (${params.error.slice(0, 60)}${said}).`)
    }
    if (!input.connection || !params.state || !params.code) return failed("This sign-in link is incomplete. Please sign in again.")
    // Single use: Medusa's state store forgets it on this read, so a replayed callback finds nothing.
    const pending = (await identities.getState(params.state)) as unknown as PendingSignIn | null
    if (!pending || pending.connection_id !== input.connection.id) return failed("This sign-in has expired or was already used. Please sign in again.")

    const client = await openIdClient()
    let claims: OpenId.IDToken
    try {
      const configuration = await discoveredConfiguration(input.connection)
      const currentUrl = new URL(this.options.redirectUri)
      for (const [name, value] of Object.entries(params)) currentUrl.searchParams.set(name, value)
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: params.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      })
      claims = tokens.claims()!
    } catch (error) {
      this.logger.warn(`SSO sign-in refused for connection ${input.connection.id}: ${describe(error)}`)
      return failed("Your company's sign-in could not be verified. Please sign in again; if it keeps failing, tell your IT team.")
    }

    const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : ""
    if (!email || !email.includes("@")) return failed("Your company's sign-in service did not tell us your email address, so we cannot find your account.")
    if (claims.email_verified !== true) return failed(`Your company's sign-in service has not verified ${email}. Ask your IT team to verify it, then sign in again.`)
    if (!input.connection.allowed_domains.includes(emailDomain(email))) {
      return failed(`${email} is not in a domain this company's sign-in is set up for. Ask your account's Admin or our customer service team.`)
    }
    const facts: SsoSignInFacts = {
      connection_id: input.connection.id,
      email,
      name: typeof claims.name === "string" ? claims.name.slice(0, 200) : null,
      groups: groupsOf(claims[input.connection.groups_claim]),
      sid: typeof claims.sid === "string" ? claims.sid : null,
    }
    const entityId = `${input.connection.id}:${claims.sub}`
    let identity: AuthIdentityDTO
    try {
      identity = await identities.update(entityId, { user_metadata: { ...facts } })
    } catch (error) {
      if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) throw error
      identity = await identities.create({ entity_id: entityId, user_metadata: { ...facts } })
    }
    return { success: true, authIdentity: identity }
  }

  override async register(): Promise<AuthenticationResponse> {
    return failed("Single sign-on needs no registration: sign in through your company's sign-in service.")
  }
}

const groupsOf = (claim: unknown): string[] =>
  Array.isArray(claim) ? claim.filter((group): group is string => typeof group === "string").slice(0, 200) : typeof claim === "string" ? [claim] : []

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}${"code" in error ? ` (${String(error.code)})` : ""}` : String(error))

export default PortalSsoProviderService
