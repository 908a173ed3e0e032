import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible"

/** The table the customer-access module's migration creates for rate-limiter-flexible. */
export const RATE_LIMIT_TABLE = "portal_rate_limit"

export interface Limit {
  /** Attempts allowed within `windowSeconds`… */
  points: number
  windowSeconds: number
  /** …after which the key is refused for this long. */
  blockSeconds: number
}

const limitFromEnv = (name: string, fallback: Limit): Limit => {
  const points = Number(process.env[name])
  return Number.isInteger(points) && points > 0 ? { ...fallback, points } : fallback
}

/**
 * The abuse limits, per account and per IP address. Failed sign-ins lock an account for 15 minutes after 5 misses;
 * an address that misses 30 times (many accounts) is refused as well. Reset and activation requests are limited so
 * nobody can flood a mailbox; email changes, 3 a day per account. Point counts can be tuned by env (SIGN_IN_FAILURES_PER_ACCOUNT, …).
 */
export const LIMITS = {
  signInFailuresPerAccount: limitFromEnv("SIGN_IN_FAILURES_PER_ACCOUNT", { points: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 }),
  signInFailuresPerIp: limitFromEnv("SIGN_IN_FAILURES_PER_IP", { points: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 }),
  linkRequestsPerAccount: limitFromEnv("LINK_REQUESTS_PER_ACCOUNT", { points: 3, windowSeconds: 60 * 60, blockSeconds: 60 * 60 }),
  linkRequestsPerIp: limitFromEnv("LINK_REQUESTS_PER_IP", { points: 20, windowSeconds: 60 * 60, blockSeconds: 60 * 60 }),
  emailChangesPerAccount: limitFromEnv("EMAIL_CHANGES_PER_ACCOUNT", { points: 3, windowSeconds: 24 * 60 * 60, blockSeconds: 24 * 60 * 60 }),
  // Invitations send mail to any address an Admin types: enough for onboarding a company, not for flooding.
  invitationsPerAccount: limitFromEnv("INVITATIONS_PER_ACCOUNT", { points: 30, windowSeconds: 24 * 60 * 60, blockSeconds: 24 * 60 * 60 }),
  // Each start of a single sign-on keeps a pending state for 10 minutes: enough for people, not for filling memory.
  ssoStartsPerIp: limitFromEnv("SSO_STARTS_PER_IP", { points: 60, windowSeconds: 15 * 60, blockSeconds: 15 * 60 }),
  // Each new ticket emails the support team: a person opens at most this many an hour (replies are not counted).
  ticketsPerPerson: limitFromEnv("TICKETS_PER_PERSON", { points: 20, windowSeconds: 60 * 60, blockSeconds: 60 * 60 }),
  // Replies (in the portal or by email) each email the support team too.
  ticketRepliesPerPerson: limitFromEnv("TICKET_REPLIES_PER_PERSON", { points: 60, windowSeconds: 60 * 60, blockSeconds: 60 * 60 }),
} satisfies Record<string, Limit>

export type LimitName = keyof typeof LIMITS

const limiters = new WeakMap<Knex, Map<LimitName, RateLimiterPostgres>>()

function limiter(knex: Knex, name: LimitName): RateLimiterPostgres {
  let byName = limiters.get(knex)
  if (!byName) limiters.set(knex, (byName = new Map()))
  let found = byName.get(name)
  if (!found) {
    const limit = LIMITS[name]
    found = new RateLimiterPostgres({
      storeClient: knex,
      storeType: "knex",
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix: name,
      points: limit.points,
      duration: limit.windowSeconds,
      blockDuration: limit.blockSeconds,
    })
    byName.set(name, found)
  }
  return found
}

/**
 * Counts one attempt against each key; returns when the caller may try again if this attempt used up a limit
 * (the attempt itself is refused), else null.
 */
export async function consume(knex: Knex, checks: [LimitName, string][]): Promise<Date | null> {
  let latest: Date | null = null
  for (const [name, key] of checks) {
    try {
      await limiter(knex, name).consume(key)
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error
      const until = new Date(Date.now() + error.msBeforeNext)
      if (!latest || until > latest) latest = until
    }
  }
  return latest
}

/** Gives one counted attempt back (an attempt counted up front that turned out to succeed). */
export async function giveBack(knex: Knex, name: LimitName, key: string): Promise<void> {
  await limiter(knex, name).reward(key, 1)
}

/** Forgets the failures of a key (after a successful sign-in). */
export async function forgive(knex: Knex, name: LimitName, key: string): Promise<void> {
  await limiter(knex, name).delete(key)
}
