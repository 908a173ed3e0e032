import { randomUUID } from "node:crypto"
import type { AuthContext, MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"

/**
 * A session's bearer token: a customer token whose actor is the account the session acts for, so Medusa's own
 * routes (carts, orders) see that account. Unique per session (its own id); the session row decides how long it
 * works, the expiry only bounds it.
 */
export function sessionToken(container: MedusaContainer, claims: { customerId: string; authIdentityId: string }, expiresInSeconds: number): string {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return generateJwtToken(
    {
      actor_id: claims.customerId,
      actor_type: "customer",
      auth_identity_id: claims.authIdentityId,
      app_metadata: { customer_id: claims.customerId },
      user_metadata: {},
    },
    { secret: http.jwtSecret!, expiresIn: Math.max(1, Math.round(expiresInSeconds)), jwtOptions: { jwtid: randomUUID() } }
  )
}

/** How long the token a customer sign-in answers with can be used to start a session (and for nothing else). */
export const SIGN_IN_TOKEN_SECONDS = 120

/** What a sign-in token says beyond Medusa's claims: the login that signed in, and the account it asked for. */
export interface PortalSignInClaims {
  portal_sign_in: true
  portal_login: string | null
  portal_account: string | null
  /** Set for a sign-in through a company's identity provider: the session keeps it for back-channel logout. */
  portal_sso?: { connection_id: string; subject: string; session_id: string | null }
}

/** A sign-in token (see signInTokenAnswer in ./middlewares): the claims of the identity that signed in, and the portal's. */
export function portalSignInToken(req: MedusaRequest, claims: Partial<AuthContext>, signIn: Omit<PortalSignInClaims, "portal_sign_in">): string {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const { actor_id, actor_type, auth_identity_id, app_metadata } = claims
  return generateJwtToken(
    { actor_id, actor_type, auth_identity_id, app_metadata, user_metadata: {}, portal_sign_in: true, ...signIn } satisfies Partial<AuthContext> & PortalSignInClaims,
    { secret: http.jwtSecret!, expiresIn: SIGN_IN_TOKEN_SECONDS, jwtOptions: { jwtid: randomUUID() } }
  )
}

