import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Modules } from "@medusajs/framework/utils"

/**
 * When a customer's access was last taken back: a new password (activation, reset) or "this wasn't me". Sign-in
 * tokens, reset and activation links and email-change confirmations issued before then are void, so nothing an
 * attacker obtained earlier still works afterwards. Kept in the customer's metadata (`access_revoked_at`).
 */
export async function accessRevokedAt(knex: Knex, customerId: string): Promise<number | null> {
  const { rows } = await knex.raw(`SELECT metadata->>'access_revoked_at' AS revoked_at FROM customer WHERE id = ?`, [customerId])
  const revoked = Date.parse((rows as { revoked_at: string | null }[])[0]?.revoked_at ?? "")
  return Number.isNaN(revoked) ? null : revoked
}

/**
 * Whether a token issued at `iat` (seconds, as in a JWT) came before the revocation. A JWT only knows its second:
 * `sameSecond` says which side a token from the revocation's own second is on. A sign-in or a reset link right after
 * choosing a password must work ("after"); a confirmation asked for in the second an account was taken back must
 * not ("before").
 */
export function issuedBeforeRevocation(iat: number | undefined, revokedAt: number | null, sameSecond: "before" | "after"): boolean {
  if (revokedAt === null) return false
  const second = Math.floor(revokedAt / 1000)
  return sameSecond === "before" ? (iat ?? 0) <= second : (iat ?? 0) < second
}

export async function revokeAccess(container: MedusaContainer, customerId: string, metadata: Record<string, unknown> = {}): Promise<void> {
  await container.resolve(Modules.CUSTOMER).updateCustomers(customerId, { metadata: { ...metadata, access_revoked_at: new Date().toISOString() } })
}
