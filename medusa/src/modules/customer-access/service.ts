import { createHash } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { newEntityId } from "../../lib/entity-id"
import { AccountMembership, type AccountRole } from "./models/account-membership"
import { ConsumedToken } from "./models/consumed-token"
import { CustomerSession } from "./models/customer-session"
import { PortalPerson } from "./models/portal-person"
import { SsoConnection } from "./models/sso-connection"
import { TeamInvitation } from "./models/team-invitation"
import type { AccountTeamRepository } from "./repositories/account-team"
import type { SsoConnectionRepository, SsoConnectionRow, SsoConnectionWrite } from "./repositories/sso-connections"
import { openSecret, sealSecret } from "../../lib/sso/secret-box"

export interface CustomerAccessOptions {
  /** A session ends after this long without a request. */
  idleTimeoutMinutes?: number
  /** …and after this long in any case. */
  maxSessionHours?: number
  /** Seals the identity providers' client secrets (SSO_SECRET_KEY). */
  ssoSecretKey?: string
}

/** The facts of an SSO sign-in a session keeps, so the provider's back-channel logout can end it. */
export interface SessionSso {
  connectionId: string
  subject: string
  sessionId: string | null
}

export type SessionEndReason = "signed_out" | "idle" | "expired" | "password_changed" | "access_removed" | "switched" | "sso_logout"

interface SessionRow {
  id: string
  customer_id: string
  person_id: string | null
  last_seen_at: Date
  expires_at: Date
  ended_at: Date | null
  end_reason: SessionEndReason | null
  /** The identity provider the person signed in through, if any. */
  sso_connection_id: string | null
}

/** The person's place in the session's account, read with the session on every request. */
export interface SessionAccess {
  membership_id: string
  role: AccountRole
  location_ids: string[] | null
}

export type SessionCheck =
  | { status: "active"; session: SessionRow; access: SessionAccess }
  /** `endedNow`: this request found the session timed out (so it is recorded once). */
  | { status: "ended"; reason: SessionEndReason; session: SessionRow; endedNow: boolean }
  | { status: "unknown" }

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex")

/** Last-seen times are written at most this often: a page's burst of API calls costs one write, not ten. */
const TOUCH_INTERVAL_SECONDS = 15

const SESSION_COLUMNS = `id, customer_id, person_id, last_seen_at, expires_at, ended_at, end_reason, sso_connection_id`

/**
 * Who may act for which customer account: people, their roles and locations in each account, invitations, portal
 * sessions (idle and absolute limits, enforced on every request) and one-time links.
 */
class CustomerAccessModuleService extends MedusaService({ CustomerSession, ConsumedToken, PortalPerson, AccountMembership, TeamInvitation, SsoConnection }) {
  readonly idleTimeoutMs: number
  readonly maxSessionMs: number
  /** People, memberships and invitations: their queries, used as `customerAccess.team.*` (AccountTeamRepository). */
  readonly team: AccountTeamRepository
  /** The companies' identity providers: `customerAccess.sso.*` (SsoConnectionRepository). */
  readonly sso: SsoConnectionRepository
  private readonly ssoSecretKey: string | null

  constructor(container: { accountTeamRepository: AccountTeamRepository; ssoConnectionRepository: SsoConnectionRepository }, options: CustomerAccessOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.team = container.accountTeamRepository
    this.sso = container.ssoConnectionRepository
    this.ssoSecretKey = options.ssoSecretKey || null
    this.idleTimeoutMs = (options.idleTimeoutMinutes ?? 30) * 60_000
    this.maxSessionMs = (options.maxSessionHours ?? 12) * 3_600_000
  }

  /** Saves an account's identity provider; a null secret keeps the stored one (staff never see it again). */
  async saveSsoConnection(customerId: string, input: Omit<SsoConnectionWrite, "clientSecretSealed"> & { clientSecret: string | null }): Promise<SsoConnectionRow> {
    const { clientSecret, ...rest } = input
    const existing = await this.sso.byCustomer(customerId)
    const clientSecretSealed = clientSecret === null ? existing?.client_secret_sealed : sealSecret(clientSecret, this.secretKey())
    if (!clientSecretSealed) throw new Error("A client secret is needed for a new identity provider.")
    return await this.sso.save(customerId, { ...rest, clientSecretSealed })
  }

  /** The client secret in plain text, for the token request only. */
  ssoClientSecret(connection: Pick<SsoConnectionRow, "client_secret_sealed">): string {
    return openSecret(connection.client_secret_sealed, this.secretKey())
  }

  private secretKey(): string {
    if (!this.ssoSecretKey) throw new Error("SSO_SECRET_KEY is not set: single sign-on needs it to keep the identity providers' client secrets.")
    return this.ssoSecretKey
  }

  /** Registers a freshly issued token as a session. Refuses a token that was ever registered before. */
  @InjectManager()
  async startSession(
    input: { customerId: string; personId: string; token: string; ip?: string | null; userAgent?: string | null; expiresAt?: Date; sso?: SessionSso | null },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<SessionRow | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `INSERT INTO customer_session (id, customer_id, person_id, token_hash, ip, user_agent, last_seen_at, expires_at,
                                     sso_connection_id, sso_subject, sso_session_id)
       VALUES (?, ?, ?, ?, ?, ?, now(), coalesce(?::timestamptz, now() + make_interval(secs => ?)), ?, ?, ?)
       ON CONFLICT (token_hash) WHERE deleted_at IS NULL DO NOTHING
       RETURNING ${SESSION_COLUMNS}`,
      [
        newEntityId("csess"),
        input.customerId,
        input.personId,
        tokenHash(input.token),
        input.ip ?? null,
        input.userAgent?.slice(0, 500) ?? null,
        input.expiresAt?.toISOString() ?? null,
        this.maxSessionMs / 1000,
        input.sso?.connectionId ?? null,
        input.sso?.subject ?? null,
        input.sso?.sessionId ?? null,
      ]
    )
    return (rows as SessionRow[])[0] ?? null
  }

  /**
   * Moves a live session to another account of the same person: the old token ends ("switched") and the new one
   * starts where it left off, keeping the absolute end (switching never lengthens a session).
   */
  @InjectManager()
  async switchSession(
    input: { oldToken: string; newToken: string; customerId: string },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<SessionRow | null> {
    const knex = this.knex(sharedContext)
    const { rows } = await knex.raw(
      `UPDATE customer_session SET ended_at = now(), end_reason = 'switched', updated_at = now()
        WHERE token_hash = ? AND ended_at IS NULL AND deleted_at IS NULL RETURNING ${SESSION_COLUMNS}, ip, user_agent, sso_subject, sso_session_id`,
      [tokenHash(input.oldToken)]
    )
    const old = (rows as (SessionRow & { ip: string | null; user_agent: string | null; sso_subject: string | null; sso_session_id: string | null })[])[0]
    if (!old?.person_id) return null
    return await this.startSession(
      { customerId: input.customerId, personId: old.person_id, token: input.newToken, ip: old.ip, userAgent: old.user_agent, expiresAt: new Date(old.expires_at),
        sso: old.sso_connection_id && old.sso_subject ? { connectionId: old.sso_connection_id, subject: old.sso_subject, sessionId: old.sso_session_id } : null,
      },
      sharedContext
    )
  }

  /**
   * The gate every signed-in request passes: alive sessions are touched (idle clock restarts); a session found past
   * its idle or absolute limit is ended on the spot, with the reason.
   */
  @InjectManager()
  async checkSession(token: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<SessionCheck> {
    const knex = this.knex(sharedContext)
    const hash = tokenHash(token)
    // One indexed query: the session, and the person's role and locations in its account as they are right now.
    const { rows } = await knex.raw(
      `SELECT s.id, s.customer_id, s.person_id, s.last_seen_at, s.expires_at, s.ended_at, s.end_reason, s.sso_connection_id,
              (s.expires_at <= now()) AS past_max, (s.last_seen_at <= now() - make_interval(secs => ?)) AS past_idle,
              (s.last_seen_at <= now() - make_interval(secs => ?)) AS stale,
              m.id AS membership_id, m.role, m.location_ids
         FROM customer_session s
         LEFT JOIN portal_person p ON p.id = s.person_id AND p.status = 'active' AND p.deleted_at IS NULL
         LEFT JOIN account_membership m ON m.person_id = p.id AND m.customer_id = s.customer_id AND m.deleted_at IS NULL
        WHERE s.token_hash = ? AND s.deleted_at IS NULL`,
      [this.idleTimeoutMs / 1000, Math.min(TOUCH_INTERVAL_SECONDS, this.idleTimeoutMs / 4000), hash]
    )
    const row = (
      rows as (SessionRow & { past_max: boolean; past_idle: boolean; stale: boolean; membership_id: string | null; role: AccountRole | null; location_ids: string[] | null })[]
    )[0]
    if (!row) return { status: "unknown" }
    const { past_max: pastMax, past_idle: pastIdle, stale, membership_id: membershipId, role, location_ids: locationIds, ...session } = row
    if (session.ended_at) return { status: "ended", reason: session.end_reason ?? "signed_out", session, endedNow: false }
    if (pastMax || pastIdle || !role || !membershipId) {
      // No role: the person was removed from the account or disabled (or the session predates people).
      const reason: SessionEndReason = pastMax ? "expired" : pastIdle ? "idle" : "access_removed"
      const ended = await knex.raw(
        `UPDATE customer_session SET ended_at = now(), end_reason = ?, updated_at = now() WHERE id = ? AND ended_at IS NULL RETURNING id`,
        [reason, session.id]
      )
      return { status: "ended", reason, session, endedNow: ended.rows.length > 0 }
    }
    if (stale) await knex.raw(`UPDATE customer_session SET last_seen_at = now() WHERE id = ?`, [session.id])
    return { status: "active", session, access: { membership_id: membershipId, role, location_ids: locationIds } }
  }

  /**
   * Which of these sessions are still live, without counting as activity (an open live stream must not keep an idle
   * session alive): not ended, within both limits, and the person still in the account.
   */
  @InjectManager()
  async liveSessionIds(sessionIds: string[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<Set<string>> {
    if (!sessionIds.length) return new Set()
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT s.id FROM customer_session s
         JOIN portal_person p ON p.id = s.person_id AND p.status = 'active' AND p.deleted_at IS NULL
         JOIN account_membership m ON m.person_id = p.id AND m.customer_id = s.customer_id AND m.deleted_at IS NULL
        WHERE s.id = ANY(?) AND s.ended_at IS NULL AND s.deleted_at IS NULL
          AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => ?)`,
      [sessionIds, this.idleTimeoutMs / 1000]
    )
    return new Set((rows as { id: string }[]).map((row) => row.id))
  }

  /** Ends the session of this token (signing out). Returns the session, or null when it was not alive. */
  @InjectManager()
  async endSession(token: string, reason: SessionEndReason, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<SessionRow | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `UPDATE customer_session SET ended_at = now(), end_reason = ?, updated_at = now()
        WHERE token_hash = ? AND ended_at IS NULL AND deleted_at IS NULL
        RETURNING ${SESSION_COLUMNS}`,
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

  /**
   * Deletes sessions whose absolute end (`expires_at`: no session lives past it, whatever ended it earlier) is
   * before `cutoff`, a batch at a time so no lock is held long: the table grows with every sign-in. Sign-ins stay
   * in the audit trail; only the dead sessions go.
   */
  @InjectManager()
  async deleteSessionsEndedBefore(cutoff: Date, batchSize = 5_000, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<number> {
    return await this.deleteInBatches(sharedContext, "customer_session", "expires_at < ? AND deleted_at IS NULL", cutoff, batchSize)
  }

  /**
   * Forgets the sign-in tokens used before `cutoff`: each is recorded once used so that it cannot start a second
   * session, which matters only while it is valid (SIGN_IN_TOKEN_SECONDS). Other one-time links stay recorded.
   */
  @InjectManager()
  async deleteSpentSignInTokensBefore(cutoff: Date, batchSize = 5_000, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<number> {
    return await this.deleteInBatches(sharedContext, "consumed_token", "purpose = 'sign_in' AND created_at < ?", cutoff, batchSize)
  }

  /** Deletes the rows `where` picks, a batch at a time so that no lock is held long on a table every sign-in writes. */
  private async deleteInBatches(
    sharedContext: Context<SqlEntityManager>,
    table: "customer_session" | "consumed_token",
    where: string,
    cutoff: Date,
    batchSize: number
  ): Promise<number> {
    let deleted = 0
    for (;;) {
      const { rowCount } = await this.knex(sharedContext).raw(`DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE ${where} LIMIT ?)`, [cutoff, batchSize])
      deleted += rowCount ?? 0
      if ((rowCount ?? 0) < batchSize) return deleted
    }
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
