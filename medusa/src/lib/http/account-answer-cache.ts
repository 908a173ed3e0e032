import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { LRUCache } from "lru-cache"
import parseUrl from "parseurl"
import pg from "pg"
import { auditCustomerAction } from "../access/audit"
import { findPortalAccess, type PortalAccess } from "../access/portal-access"
import { ACCOUNT_CHANGES_CHANNEL, type AccountChanges, announceAccountChanges, parseAccountChanges } from "../live/account-changes"
import { LIVE_CHANNEL, liveHubDependencies } from "../live/live-hub"

/** Where one request's answer is kept, and the account generation it was read at. */
export interface AnswerTicket {
  key: string
  customerId: string
  generation: string
}

/**
 * Answers kept per person and address, dropped as soon as their account's data changes. An account's generation
 * goes up with every change; an answer is kept only if its account's generation did not move while it was being
 * read, so a change committed during a slow read never leaves the old answer behind.
 */
export class AccountAnswerCache {
  private readonly answers: LRUCache<string, string>
  private readonly generations = new Map<string, number>()
  private epoch = 0

  constructor(options: { maxBytes: number; ttlMs: number }) {
    this.answers = new LRUCache<string, string>({ maxSize: options.maxBytes, ttl: options.ttlMs, sizeCalculation: (answer, key) => answer.length + key.length })
  }

  private generationOf(customerId: string): string {
    return `${this.epoch}.${this.generations.get(customerId) ?? 0}`
  }

  /** The person's role and locations are in the key: two people of one account may see different answers. */
  ticket(access: Pick<PortalAccess, "customerId" | "membershipId" | "role" | "locationIds">, url: string): AnswerTicket {
    const generation = this.generationOf(access.customerId)
    const locations = access.locationIds === null ? "*" : [...access.locationIds].sort().join(",")
    return { key: [access.customerId, generation, access.membershipId, access.role, locations, url].join("\n"), customerId: access.customerId, generation }
  }

  get(ticket: AnswerTicket): string | undefined {
    return this.answers.get(ticket.key)
  }

  store(ticket: AnswerTicket, answer: string): void {
    if (this.generationOf(ticket.customerId) === ticket.generation) this.answers.set(ticket.key, answer)
  }

  drop(changes: AccountChanges): void {
    if ("all" in changes) {
      this.epoch += 1
      this.generations.clear()
      this.answers.clear()
      return
    }
    for (const customerId of changes.customers) this.generations.set(customerId, (this.generations.get(customerId) ?? 0) + 1)
  }

  get size(): number {
    return this.answers.size
  }
}

/** Whole numbers, as the LRU needs; anything that is not a positive number switches the cache off. */
const settings = () => {
  const whole = (raw: string | undefined, fallback: number, unit: number) => {
    const value = Math.floor(Number(raw ?? fallback) * unit)
    return Number.isFinite(value) && value > 0 ? value : 0
  }
  return { maxBytes: whole(process.env.PORTAL_ANSWER_CACHE_MB, 64, 1024 * 1024), ttlMs: whole(process.env.PORTAL_ANSWER_CACHE_SECONDS, 300, 1000) }
}

/**
 * This process's cache and its ear on PostgreSQL: it hears the accounts' changes (ACCOUNT_CHANGES_CHANNEL) and the
 * notifications dispatched to them (LIVE_CHANNEL), from whichever process made them. While it cannot hear, nothing
 * is read from or kept in the cache (a change could pass unheard), and everything kept before is dropped.
 */
class ListeningAnswerCache {
  private cache: AccountAnswerCache | null = null
  private connection: pg.Client | null = null
  private connecting: Promise<void> | null = null
  private retryAt = 0
  private retryDelayMs = 1_000
  private logger: Logger | null = null
  private closed = false

  /** The cache when this process is listening; null while it is not (or caching is switched off). */
  async ready(req: MedusaRequest): Promise<AccountAnswerCache | null> {
    const { maxBytes, ttlMs } = settings()
    if (!maxBytes || !ttlMs || this.closed) return null
    if (this.connection && this.cache) return this.cache
    if (Date.now() < this.retryAt) return null
    this.connecting ??= this.listen(req, { maxBytes, ttlMs }).finally(() => (this.connecting = null))
    await this.connecting
    return this.connection ? this.cache : null
  }

  private async listen(req: MedusaRequest, options: { maxBytes: number; ttlMs: number }): Promise<void> {
    let connection: pg.Client | null = null
    try {
      const dependencies = liveHubDependencies(req.scope)
      this.logger = dependencies.logger
      // Keep-alive: a connection a failover left half-open is found out, not listened to in silence.
      connection = new pg.Client({ ...dependencies.connectionSettings, keepAlive: true })
      const listening = connection
      listening.on("notification", (message) => this.hear(message))
      listening.on("error", (error) => this.lost(listening, error))
      listening.on("end", () => this.lost(listening, new Error("connection ended")))
      await listening.connect()
      await listening.query(`LISTEN ${ACCOUNT_CHANGES_CHANNEL}; LISTEN ${LIVE_CHANNEL}`)
      // Anything kept before was kept while deaf: start empty.
      this.cache = new AccountAnswerCache(options)
      this.connection = listening
      this.retryDelayMs = 1_000
      if (this.closed) await this.close()
    } catch (error) {
      if (connection) void forget(connection)
      this.retryAt = Date.now() + this.retryDelayMs
      this.retryDelayMs = Math.min(30_000, this.retryDelayMs * 2)
      this.logger?.warn(`Answer cache off: cannot listen for account changes (${error instanceof Error ? error.message : String(error)})`)
    }
  }

  private hear(message: pg.Notification): void {
    if (!this.cache) return
    if (message.channel === ACCOUNT_CHANGES_CHANNEL) {
      const changes = parseAccountChanges(message.payload)
      if (changes) this.cache.drop(changes)
    } else if (message.channel === LIVE_CHANNEL && message.payload) {
      // A notification for the account: the dashboard's updates list (and its unread count) changed.
      try {
        const customerId = (JSON.parse(message.payload) as { c?: unknown }).c
        if (typeof customerId === "string") this.cache.drop({ customers: [customerId] })
      } catch {
        // not a live payload
      }
    }
  }

  private lost(connection: pg.Client, error: unknown): void {
    if (this.connection !== connection) return
    this.connection = null
    this.cache = null
    forget(connection)
    if (!this.closed) this.logger?.warn(`Answer cache off until it hears account changes again (${error instanceof Error ? error.message : String(error)})`)
  }

  /** This process's own write: dropped here at once, and announced to the other processes. */
  dropHere(changes: AccountChanges): void {
    this.cache?.drop(changes)
  }

  async close(): Promise<void> {
    this.closed = true
    const connection = this.connection
    this.connection = null
    this.cache = null
    if (connection) await forget(connection)
  }
}

/** Closes a connection without hearing from it again; a late socket error must not crash the process. */
function forget(connection: pg.Client): Promise<void> {
  connection.removeAllListeners()
  connection.on("error", () => undefined)
  return connection.end().catch(() => undefined)
}

export const accountAnswers = new ListeningAnswerCache()

/**
 * For GET routes whose JSON answer depends only on the person, their account's data and the URL: answered from
 * the cache when it holds one (header `x-portal-cache: hit`), else answered by the route and kept. Runs after the
 * session check and the route's permission, so the cache is only ever reached by someone allowed the answer.
 * `auditHit`: what the route records in the audit trail for each view, recorded for an answer from the cache too.
 */
export function answerFromAccountCache(options: { auditHit?: (req: MedusaRequest) => AuditedView } = {}) {
  return async function answerFromCache(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const access = findPortalAccess(req)
    if (req.method !== "GET" || !access) return next()
    const cache = await accountAnswers.ready(req).catch(() => null)
    if (!cache) return next()
    const ticket = cache.ticket(access, req.originalUrl)
    const kept = cache.get(ticket)
    if (kept !== undefined) {
      if (options.auditHit) await auditCustomerAction(req as AuthenticatedMedusaRequest, options.auditHit(req))
      res.setHeader("x-portal-cache", "hit")
      res.type("json").send(kept)
      return
    }
    res.setHeader("x-portal-cache", "miss")
    const sendJson = res.json.bind(res)
    res.json = ((body: unknown) => {
      if (res.statusCode !== 200) return sendJson(body)
      const answer = JSON.stringify(body)
      cache.store(ticket, answer)
      return res.type("json").send(answer)
    }) as MedusaResponse["json"]
    next()
  }
}

type AuditedView = Parameters<typeof auditCustomerAction>[1]

/** The longest a write's answer waits for its announcement (PostgreSQL slow or down: the answer goes anyway). */
const ANNOUNCE_WAIT_MS = 2_000

/**
 * After a write that succeeded, announces what it changed before the answer leaves: the next read, on whichever
 * server process nginx sends it to, no longer finds the old answers. The writer's own process drops them at once.
 */
function announceBeforeAnswering(changesOf: (req: MedusaRequest) => AccountChanges | null) {
  return function announceAfterWrite(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const end = res.end.bind(res) as (...args: unknown[]) => MedusaResponse
    let announced = false
    res.end = ((...args: unknown[]) => {
      const changes = announced || res.statusCode >= 400 ? null : changesOf(req)
      if (!changes) return end(...args)
      announced = true
      accountAnswers.dropHere(changes)
      const waited = new Promise<void>((resolve) => setTimeout(resolve, ANNOUNCE_WAIT_MS).unref())
      void Promise.race([announceAccountChanges(req.scope, changes), waited]).finally(() => end(...args))
      return res
    }) as MedusaResponse["end"]
    next()
  }
}

const isWrite = (req: MedusaRequest) => req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS"

/**
 * Requests that use a write method but change no answer: a download link is a token for a file, signing out or
 * switching account ends or moves a session (answers are kept per account and person, not per session).
 */
const WRITES_THAT_CHANGE_NO_ANSWER = /^\/store\/portal\/(invoices\/[^/]+\/download-link|statement\/download-link|statements\/[^/]+\/download-link|sessions\/current(\/account)?)\/?$/i

/** A signed-in person's write under /store/portal (notifications read, a reorder, a team change…): their account changed. */
export const dropAccountAnswersOnWrite = announceBeforeAnswering((req) => {
  const access = findPortalAccess(req)
  if (!access || !isWrite(req) || WRITES_THAT_CHANGE_NO_ANSWER.test(parseUrl.original(req)?.pathname ?? "")) return null
  return { customers: [access.customerId] }
})

/**
 * A staff write in the admin (an order edited, a customer's address changed, a person's access): it may touch any
 * account's answers, and staff writes are few, so every account's answers go.
 */
export const dropAllAnswersOnStaffWrite = announceBeforeAnswering((req) => (isWrite(req) ? { all: true } : null))
