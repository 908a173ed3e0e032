import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { LRUCache } from "lru-cache"
import parseUrl from "parseurl"
import pg from "pg"
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

const settings = () => ({
  maxBytes: Math.max(0, Number(process.env.PORTAL_ANSWER_CACHE_MB ?? 64)) * 1024 * 1024,
  ttlMs: Math.max(0, Number(process.env.PORTAL_ANSWER_CACHE_SECONDS ?? 300)) * 1000,
})

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
    this.connecting ??= this.listen(req).finally(() => (this.connecting = null))
    await this.connecting
    return this.connection ? this.cache : null
  }

  private async listen(req: MedusaRequest): Promise<void> {
    const dependencies = liveHubDependencies(req.scope)
    this.logger = dependencies.logger
    const connection = new pg.Client(dependencies.connectionSettings)
    connection.on("notification", (message) => this.hear(message))
    connection.on("error", (error) => this.lost(connection, error))
    connection.on("end", () => this.lost(connection, new Error("connection ended")))
    try {
      await connection.connect()
      await connection.query(`LISTEN ${ACCOUNT_CHANGES_CHANNEL}; LISTEN ${LIVE_CHANNEL}`)
    } catch (error) {
      connection.removeAllListeners()
      void connection.end().catch(() => undefined)
      this.retryAt = Date.now() + this.retryDelayMs
      this.retryDelayMs = Math.min(30_000, this.retryDelayMs * 2)
      this.logger?.warn(`Answer cache off: cannot listen for account changes (${error instanceof Error ? error.message : String(error)})`)
      return
    }
    // Anything kept before was kept while deaf: start empty.
    this.cache = new AccountAnswerCache(settings())
    this.connection = connection
    this.retryDelayMs = 1_000
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
    connection.removeAllListeners()
    void connection.end().catch(() => undefined)
    if (!this.closed) this.logger?.warn(`Answer cache off until it hears account changes again (${error instanceof Error ? error.message : String(error)})`)
  }

  /** This process's own write: dropped here at once, and announced to the other processes. */
  dropHere(customerId: string): void {
    this.cache?.drop({ customers: [customerId] })
  }

  async close(): Promise<void> {
    this.closed = true
    const connection = this.connection
    this.connection = null
    this.cache = null
    connection?.removeAllListeners()
    await connection?.end().catch(() => undefined)
  }
}

export const accountAnswers = new ListeningAnswerCache()

/**
 * For GET routes whose JSON answer depends only on the person, their account's data and the URL: answered from
 * the cache when it holds one (header `x-portal-cache: hit`), else answered by the route and kept. Runs after the
 * session check and the route's permission, so the cache is only ever reached by someone allowed the answer.
 */
export async function answerFromAccountCache(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const access = findPortalAccess(req)
  if (req.method !== "GET" || !access) return next()
  const cache = await accountAnswers.ready(req)
  if (!cache) return next()
  const ticket = cache.ticket(access, req.originalUrl)
  const kept = cache.get(ticket)
  if (kept !== undefined) {
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

/**
 * Requests that use a write method but change no answer: a download link is a token for a file, signing out or
 * switching account ends or moves a session (answers are kept per account and person, not per session).
 */
const WRITES_THAT_CHANGE_NO_ANSWER = /^\/store\/portal\/(invoices\/[^/]+\/download-link|statement\/download-link|statements\/[^/]+\/download-link|sessions\/current(\/account)?)\/?$/i

/**
 * For every other write a signed-in person makes under /store/portal (marking notifications read, a reorder, a team
 * change…): their account's answers are dropped in this process before the answer leaves, so their next read here
 * sees the write, and every other process is told.
 */
export function dropAccountAnswersOnWrite(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS" || WRITES_THAT_CHANGE_NO_ANSWER.test(parseUrl.original(req)?.pathname ?? "")) return next()
  const end = res.end.bind(res) as (...args: unknown[]) => MedusaResponse
  let dropped = false
  res.end = ((...args: unknown[]) => {
    const access = findPortalAccess(req)
    if (access && !dropped) {
      dropped = true
      accountAnswers.dropHere(access.customerId)
      announceAccountChanges(req.scope, { customers: [access.customerId] }).catch((error: unknown) => {
        req.scope.resolve<Logger>("logger").warn(`Could not announce a change of ${access.customerId}: ${error instanceof Error ? error.message : String(error)}`)
      })
    }
    return end(...args)
  }) as MedusaResponse["end"]
  next()
}
