import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The channel on which any process says "these accounts' data changed": the OrderFlow sync after each page it
 * applied, the delivery estimates after a refresh, a server after a person's own write. Every server process
 * LISTENs (lib/http/account-answer-cache) and drops what it kept for those accounts.
 */
export const ACCOUNT_CHANGES_CHANNEL = "portal_account_changes"

/** What travels on the channel: some accounts' Medusa customer ids, or every account (a full rebuild). */
export type AccountChanges = { customers: string[] } | { all: true }

// pg_notify's payload is limited to 8,000 bytes; a customer id is about 30 characters.
const IDS_PER_NOTICE = 200

/**
 * Says that these accounts changed; call it after the change is committed. Best effort: a failure is logged, never
 * thrown, so it cannot undo or stop the work that changed them (a missed notice costs at most the cache's time).
 */
export async function announceAccountChanges(container: MedusaContainer, changes: AccountChanges): Promise<void> {
  const payloads: string[] = []
  if ("all" in changes) payloads.push(JSON.stringify(changes))
  else {
    const ids = [...new Set(changes.customers.filter(Boolean))]
    for (let start = 0; start < ids.length; start += IDS_PER_NOTICE) payloads.push(JSON.stringify({ customers: ids.slice(start, start + IDS_PER_NOTICE) }))
  }
  if (!payloads.length) return
  try {
    const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    await knex.raw(`SELECT pg_notify(?, payload) FROM unnest(?::text[]) AS payload`, [ACCOUNT_CHANGES_CHANNEL, payloads])
  } catch (error) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Could not announce changed accounts (cached answers expire by themselves): ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Reads a notice; null for anything else (another sender's mistake must not drop the wrong things or crash). */
export function parseAccountChanges(payload: string | undefined): AccountChanges | null {
  if (!payload) return null
  try {
    const value = JSON.parse(payload) as Partial<{ customers: unknown; all: unknown }>
    if (value.all === true) return { all: true }
    if (Array.isArray(value.customers) && value.customers.every((id) => typeof id === "string")) return { customers: value.customers as string[] }
  } catch {
    // not ours
  }
  return null
}
