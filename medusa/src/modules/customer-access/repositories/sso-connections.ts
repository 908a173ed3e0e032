import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import { newEntityId } from "../../../lib/entity-id"
import type { AccountRole } from "../models/account-membership"

export interface GroupRole {
  group: string
  role: AccountRole
}

export interface SsoConnectionRow {
  id: string
  customer_id: string
  display_name: string
  issuer_url: string
  client_id: string
  client_secret_sealed: string
  allowed_domains: string[]
  default_role: AccountRole
  groups_claim: string
  group_roles: GroupRole[]
  require_sso: boolean
  break_glass_person_id: string | null
  enabled: boolean
  updated_at: Date
}

export interface SsoConnectionWrite {
  displayName: string
  issuerUrl: string
  clientId: string
  clientSecretSealed: string
  allowedDomains: string[]
  defaultRole: AccountRole
  groupsClaim: string
  groupRoles: GroupRole[]
  requireSso: boolean
  breakGlassPersonId: string | null
  enabled: boolean
}

const CONNECTION = `id, customer_id, display_name, issuer_url, client_id, client_secret_sealed, allowed_domains, default_role, groups_claim,
  group_roles, require_sso, break_glass_person_id, enabled, updated_at`

/** The companies' identity providers and the SSO facts of sessions: this module's tables only. */
export class SsoConnectionRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  async byCustomer(customerId: string, sharedContext?: Context): Promise<SsoConnectionRow | null> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT ${CONNECTION} FROM sso_connection WHERE customer_id = ? AND deleted_at IS NULL`, [customerId])
    return (rows as SsoConnectionRow[])[0] ?? null
  }

  async byId(id: string, sharedContext?: Context): Promise<SsoConnectionRow | null> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT ${CONNECTION} FROM sso_connection WHERE id = ? AND deleted_at IS NULL`, [id])
    return (rows as SsoConnectionRow[])[0] ?? null
  }

  /** The enabled connection an email domain signs in through (GIN index on allowed_domains). */
  async byDomain(domain: string, sharedContext?: Context): Promise<SsoConnectionRow | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${CONNECTION} FROM sso_connection WHERE allowed_domains @> to_jsonb(?::text) AND enabled AND deleted_at IS NULL LIMIT 1`,
      [domain.toLowerCase()]
    )
    return (rows as SsoConnectionRow[])[0] ?? null
  }

  /** The connections of this issuer (trailing slash or not) for one of these client ids: a logout token's. */
  async byIssuer(issuer: string, clientIds: string[], sharedContext?: Context): Promise<SsoConnectionRow[]> {
    if (!clientIds.length) return []
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${CONNECTION} FROM sso_connection WHERE rtrim(issuer_url, '/') = rtrim(?, '/') AND client_id = ANY(?::text[]) AND deleted_at IS NULL`,
      [issuer, clientIds]
    )
    return rows as SsoConnectionRow[]
  }

  /** Domains of this list that another account's connection already has. */
  async domainsTakenElsewhere(customerId: string, domains: string[], sharedContext?: Context): Promise<string[]> {
    if (!domains.length) return []
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT DISTINCT d.domain FROM sso_connection c, jsonb_array_elements_text(c.allowed_domains) AS d(domain)
        WHERE c.customer_id <> ? AND c.deleted_at IS NULL AND d.domain = ANY(?::text[])`,
      [customerId, domains]
    )
    return (rows as { domain: string }[]).map((row) => row.domain)
  }

  /** Creates or replaces the account's connection. */
  async save(customerId: string, input: SsoConnectionWrite, sharedContext?: Context): Promise<SsoConnectionRow> {
    const values = [
      input.displayName,
      input.issuerUrl,
      input.clientId,
      input.clientSecretSealed,
      JSON.stringify(input.allowedDomains),
      input.defaultRole,
      input.groupsClaim,
      JSON.stringify(input.groupRoles),
      input.requireSso,
      input.breakGlassPersonId,
      input.enabled,
    ]
    const { rows } = await this.knex(sharedContext).raw(
      `INSERT INTO sso_connection (id, customer_id, display_name, issuer_url, client_id, client_secret_sealed, allowed_domains, default_role,
                                   groups_claim, group_roles, require_sso, break_glass_person_id, enabled)
       VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
         display_name = excluded.display_name, issuer_url = excluded.issuer_url, client_id = excluded.client_id,
         client_secret_sealed = excluded.client_secret_sealed, allowed_domains = excluded.allowed_domains,
         default_role = excluded.default_role, groups_claim = excluded.groups_claim, group_roles = excluded.group_roles,
         require_sso = excluded.require_sso, break_glass_person_id = excluded.break_glass_person_id, enabled = excluded.enabled,
         updated_at = now()
       RETURNING ${CONNECTION}`,
      [newEntityId("sso"), customerId, ...values]
    )
    return (rows as SsoConnectionRow[])[0]!
  }

  async remove(customerId: string, sharedContext?: Context): Promise<SsoConnectionRow | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `UPDATE sso_connection SET deleted_at = now(), updated_at = now() WHERE customer_id = ? AND deleted_at IS NULL RETURNING ${CONNECTION}`,
      [customerId]
    )
    return (rows as SsoConnectionRow[])[0] ?? null
  }

  /** Ends every live session that signed in through this connection (it was removed). */
  async endConnectionSessions(connectionId: string, sharedContext?: Context): Promise<number> {
    const { rowCount } = await this.knex(sharedContext).raw(
      `UPDATE customer_session SET ended_at = now(), end_reason = 'sso_logout', updated_at = now()
        WHERE sso_connection_id = ? AND ended_at IS NULL AND deleted_at IS NULL`,
      [connectionId]
    )
    return rowCount ?? 0
  }

  /**
   * A back-channel logout: ends the live sessions the provider's logout token names, by its session id (`sid`)
   * when it gives one, else every session of that subject through this connection.
   */
  async endSsoSessions(filter: { connectionId: string; subject: string | null; sessionId: string | null }, sharedContext?: Context): Promise<number> {
    const conditions = [filter.subject === null ? null : "sso_subject = ?", filter.sessionId === null ? null : "sso_session_id = ?"].filter((part) => part !== null)
    if (!conditions.length) return 0
    const { rowCount } = await this.knex(sharedContext).raw(
      `UPDATE customer_session SET ended_at = now(), end_reason = 'sso_logout', updated_at = now()
        WHERE sso_connection_id = ? AND ${conditions.join(" AND ")} AND ended_at IS NULL AND deleted_at IS NULL`,
      [filter.connectionId, ...(filter.subject === null ? [] : [filter.subject]), ...(filter.sessionId === null ? [] : [filter.sessionId])]
    )
    return rowCount ?? 0
  }
}
