import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import pg from "pg"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { NotificationKind } from "@portal/integrations/notifications"
import { can, type AccountRole, type Permission } from "@portal/integrations/roles"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import type { LivePayload } from "../../workflows/notifications/steps/prepare-customer-notifications"

/** The channel the dispatcher's pg_notify speaks on (customerNotifications.events.announce). */
export const LIVE_CHANNEL = "portal_live"

const heartbeatMs = () => Number(process.env.LIVE_HEARTBEAT_SECONDS || 20) * 1000

/** What the hub needs of the application: singletons, never a request's scope (a stream would keep it alive). */
export interface LiveHubDependencies {
  connectionSettings: pg.ClientConfig
  logger: Logger
  customerAccess: CustomerAccessModuleService
}

export function liveHubDependencies(container: MedusaContainer): LiveHubDependencies {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  return {
    connectionSettings: (knex.client as { connectionSettings: pg.ClientConfig }).connectionSettings,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    customerAccess: container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE),
  }
}

/** One open event stream: one browser tab of one signed-in person. */
export interface LiveStream {
  customerId: string
  sessionId: string
  role: AccountRole
  /** The ERP delivery addresses the person is limited to; null: all. */
  deliveredTo: Set<number> | null
  /** Writes raw SSE text; false when the connection is gone. */
  write(chunk: string): boolean
  end(): void
}

export interface LiveEvent {
  sequence: number
  kind: NotificationKind
  ord_no: number | null
  deliv_addr_id: number | null
}

const permissionFor = (kind: NotificationKind): Permission =>
  kind.startsWith("payment.") || kind.startsWith("statement.") ? "finance.read" : kind.startsWith("invoice.") || kind.startsWith("credit_note.") ? "invoices.read" : "orders.read"

/** Whether a person may hear of this event: their role reads its kind, and it is about one of their locations. */
export function streamMayHear(stream: Pick<LiveStream, "role" | "deliveredTo">, event: LiveEvent): boolean {
  if (!can(stream.role, permissionFor(event.kind))) return false
  return stream.deliveredTo === null || (event.deliv_addr_id !== null && stream.deliveredTo.has(event.deliv_addr_id))
}

export const sseEvent = (event: LiveEvent) => `id: ${event.sequence}\nevent: change\ndata: ${JSON.stringify({ kind: event.kind, ord_no: event.ord_no })}\n\n`

/**
 * The live streams of this server process, by account. It LISTENs on PostgreSQL for what the dispatcher (in any
 * process: the worker, usually) announces after a change is applied, and writes each event to the streams allowed
 * to hear it. A heartbeat keeps proxies from closing idle streams and ends the streams whose session ended.
 */
class LiveHub {
  private readonly byAccount = new Map<string, Set<LiveStream>>()
  private dependencies: LiveHubDependencies | null = null
  private listening: Promise<void> | null = null
  private connection: pg.Client | null = null
  private heartbeat: NodeJS.Timeout | null = null
  private retryDelayMs = 1_000
  private closed = false

  /** The streams this process holds open for one session (one per browser tab). */
  streamsOfSession(customerId: string, sessionId: string): number {
    let count = 0
    for (const stream of this.byAccount.get(customerId) ?? []) if (stream.sessionId === sessionId) count += 1
    return count
  }

  /** Adds a stream; resolves once this process is listening, so no event committed after that is missed. */
  async add(dependencies: LiveHubDependencies, stream: LiveStream): Promise<void> {
    this.dependencies ??= dependencies
    this.closed = false
    let streams = this.byAccount.get(stream.customerId)
    if (!streams) this.byAccount.set(stream.customerId, (streams = new Set()))
    streams.add(stream)
    this.heartbeat ??= setInterval(() => void this.beat(), heartbeatMs())
    this.heartbeat.unref?.()
    await this.listen()
  }

  remove(stream: LiveStream): void {
    const streams = this.byAccount.get(stream.customerId)
    streams?.delete(stream)
    if (streams && !streams.size) this.byAccount.delete(stream.customerId)
    if (!this.byAccount.size && this.heartbeat) {
      clearInterval(this.heartbeat)
      this.heartbeat = null
    }
  }

  private get logger(): Logger | null {
    return this.dependencies?.logger ?? null
  }

  /** One connection of its own for LISTEN, with the settings of Medusa's pool (outside it, so shutdown is not held up). */
  private listen(): Promise<void> {
    this.listening ??= (async () => {
      const connection = new pg.Client(this.dependencies!.connectionSettings)
      connection.on("notification", (message) => this.deliver(message))
      connection.on("error", (error) => this.lost(error))
      connection.on("end", () => this.lost(new Error("connection ended")))
      await connection.connect()
      await connection.query(`LISTEN ${LIVE_CHANNEL}`)
      this.connection = connection
      this.retryDelayMs = 1_000
    })().catch((error: unknown) => {
      this.listening = null
      throw error
    })
    return this.listening
  }

  /** The LISTEN connection broke (a database restart): listen again, and tell every stream to catch up. */
  private lost(error: unknown): void {
    if (!this.connection || this.closed) return
    const connection = this.connection
    this.connection = null
    this.listening = null
    connection.removeAllListeners()
    void connection.end().catch(() => undefined)
    this.logger?.warn(`Live updates lost their database connection (${error instanceof Error ? error.message : String(error)}); reconnecting`)
    const retry = () =>
      this.listen()
        .then(() => {
          for (const streams of this.byAccount.values()) for (const stream of streams) stream.write(`event: resync\ndata: {}\n\n`)
        })
        .catch(() => {
          this.retryDelayMs = Math.min(30_000, this.retryDelayMs * 2)
          setTimeout(retry, this.retryDelayMs).unref?.()
        })
    setTimeout(retry, this.retryDelayMs).unref?.()
  }

  /** Ends every stream and stops listening: the application is shutting down. */
  async close(): Promise<void> {
    this.closed = true
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.heartbeat = null
    for (const streams of this.byAccount.values()) for (const stream of streams) stream.end()
    this.byAccount.clear()
    const connection = this.connection
    this.connection = null
    this.listening = null
    connection?.removeAllListeners()
    await connection?.end().catch(() => undefined)
  }

  private deliver(message: pg.Notification): void {
    if (message.channel !== LIVE_CHANNEL || !message.payload) return
    let payload: LivePayload
    try {
      payload = JSON.parse(message.payload) as LivePayload
    } catch {
      return
    }
    const streams = this.byAccount.get(payload.c)
    if (!streams) return
    const event: LiveEvent = { sequence: payload.s, kind: payload.k, ord_no: payload.o, deliv_addr_id: payload.a }
    const text = sseEvent(event)
    for (const stream of streams) if (streamMayHear(stream, event)) stream.write(text)
  }

  /** Keeps each stream open and ends those whose session ended (signed out, timed out, access removed). */
  private async beat(): Promise<void> {
    const all = [...this.byAccount.values()].flatMap((streams) => [...streams])
    for (const stream of all) stream.write(`: heartbeat\n\n`)
    if (!this.dependencies || !all.length) return
    try {
      const live = await this.dependencies.customerAccess.liveSessionIds([...new Set(all.map((stream) => stream.sessionId))])
      for (const stream of all) {
        if (live.has(stream.sessionId)) continue
        stream.write(`event: session-ended\ndata: {}\n\n`)
        stream.end()
        this.remove(stream)
      }
    } catch (error) {
      this.logger?.warn(`Live stream session check failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

export const liveHub = new LiveHub()
