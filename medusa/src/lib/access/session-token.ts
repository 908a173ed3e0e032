import { randomUUID } from "node:crypto"
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
