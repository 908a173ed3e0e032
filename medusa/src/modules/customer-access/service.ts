import { createHash } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { newEntityId } from "../../lib/entity-id"
import { ConsumedToken } from "./models/consumed-token"
import { CustomerSession } from "./models/customer-session"

export interface CustomerAccessOptions {
  /** A session ends after this long without a request. */
  idleTimeoutMinutes?: number
  /** …and after this long in any case. */
  maxSessionHours?: number
}

export type SessionEndReason = "signed_out" | "idle" | "expired" | "password_changed"

interface SessionRow {
  id: string
  customer_id: string
  last_seen_at: Date
  expires_at: Date
  ended_at: Date | null
  end_reason: SessionEndReason | null
}

export type SessionCheck =
  | { status: "active"; session: SessionRow }
  /** `endedNow`: this request found the session timed out (so it is recorded once). */
  | { status: "ended"; reason: SessionEndReason; session: SessionRow; endedNow: boolean }
  | { status: "unknown" }

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex")

/** Last-seen times are written at most this often: a page's burst of API calls costs one write, not ten. */
const TOUCH_INTERVAL_SECONDS = 15

/** Portal sessions (idle and absolute limits, enforced on every request) and one-time links. */
class CustomerAccessModuleService extends MedusaService({ CustomerSession, ConsumedToken }) {
  readonly idleTimeoutMs: number
  readonly maxSessionMs: number

  constructor(container: Record<string, unknown>, options: CustomerAccessOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.idleTimeoutMs = (options.idleTimeoutMinutes ?? 30) * 60_000
    this.maxSessionMs = (options.maxSessionHours ?? 12) * 3_600_000
  }

  /** Registers a freshly issued token as a session. Refuses a token that was ever registered before. */
  @InjectManager()
  async startSession(
    input: { customerId: string; token: string; ip?: string | null; userAgent?: string | null },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<SessionRow | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `INSERT INTO customer_session (id, customer_id, token_hash, ip, user_agent, last_seen_at, expires_at)
       VALUES (?, ?, ?, ?, ?, now(), now() + make_interval(secs => ?))
       ON CONFLICT (token_hash) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id, customer_id, last_seen_at, expires_at, ended_at, end_reason`,
      [newEntityId("csess"), input.customerId, tokenHash(input.token), input.ip ?? null, input.userAgent?.slice(0, 500) ?? null, this.maxSessionMs / 1000]
    )
    return (rows as SessionRow[])[0] ?? null
  }

  /**
   * The gate every signed-in request passes: alive sessions are touched (idle clock restarts); a session found past
   * its idle or absolute limit is ended on the spot, with the reason.
   */
  @InjectManager()
  async checkSession(token: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<SessionCheck> {
    const knex = this.knex(sharedContext)
    const hash = tokenHash(token)
    const { rows } = await knex.raw(
      `SELECT id, customer_id, last_seen_at, expires_at, ended_at, end_reason,
              (expires_at <= now()) AS past_max, (last_seen_at <= now() - make_interval(secs => ?)) AS past_idle,
              (last_seen_at <= now() - make_interval(secs => ?)) AS stale
         FROM customer_session WHERE token_hash = ? AND deleted_at IS NULL`,
      [this.idleTimeoutMs / 1000, Math.min(TOUCH_INTERVAL_SECONDS, this.idleTimeoutMs / 4000), hash]
    )
    const row = (rows as (SessionRow & { past_max: boolean; past_idle: boolean; stale: boolean })[])[0]
    if (!row) return { status: "unknown" }
    const { past_max: pastMax, past_idle: pastIdle, stale, ...session } = row
    if (session.ended_at) return { status: "ended", reason: session.end_reason ?? "signed_out", session, endedNow: false }
    if (pastMax || pastIdle) {
      const reason: SessionEndReason = pastMax ? "expired" : "idle"
      const ended = await knex.raw(
        `UPDATE customer_session SET ended_at = now(), end_reason = ?, updated_at = now() WHERE id = ? AND ended_at IS NULL RETURNING id`,
        [reason, session.id]
      )
      return { status: "ended", reason, session, endedNow: ended.rows.length > 0 }
    }
    if (stale) await knex.raw(`UPDATE customer_session SET last_seen_at = now() WHERE id = ?`, [session.id])
    return { status: "active", session }
  }

  /** Ends the session of this token (signing out). Returns the session, or null when it was not alive. */
  @InjectManager()
  async endSession(token: string, reason: SessionEndReason, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<SessionRow | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `UPDATE customer_session SET ended_at = now(), end_reason = ?, updated_at = now()
        WHERE token_hash = ? AND ended_at IS NULL AND deleted_at IS NULL
        RETURNING id, customer_id, last_seen_at, expires_at, ended_at, end_reason`,
      [reason, tokenHash(token)]
    )
    return (rows as SessionRow[])[0] ?? null
  }

  /** Ends every live session of a customer (after a password change); returns how many. */
  @InjectManager()
  async endCustomerSessions(customerId: string, reason: SessionEndReason, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<number> {
    const { rowCount } = await this.knex(sharedContext).raw(
      `UPDATE customer_session SET ended_at = now(), end_reason = ?, updated_at = now() WHERE customer_id = ? AND ended_at IS NULL AND deleted_at IS NULL`,
      [reason, customerId]
    )
    return rowCount ?? 0
  }

  /** Marks a one-time token used; false when it already was (the link was followed before). */
  @InjectManager()
  async consumeToken(
    input: { token: string; purpose: string; customerId?: string | null },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<boolean> {
    const { rows } = await this.knex(sharedContext).raw(
      `INSERT INTO consumed_token (id, token_hash, purpose, customer_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (token_hash) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      [newEntityId("ctok"), tokenHash(input.token), input.purpose, input.customerId ?? null]
    )
    return rows.length > 0
  }

  @InjectManager()
  async isTokenConsumed(token: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<boolean> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT 1 FROM consumed_token WHERE token_hash = ? AND deleted_at IS NULL`, [tokenHash(token)])
    return rows.length > 0
  }

  private knex(sharedContext: Context<SqlEntityManager>) {
    return sharedContext.manager!.getKnex()
  }
}

export default CustomerAccessModuleService
