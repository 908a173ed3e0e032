import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import { newEntityId } from "../../../lib/entity-id"
import type { AccountRole } from "../models/account-membership"

export interface PersonRow {
  id: string
  email: string
  full_name: string | null
  auth_entity_id: string
  status: "active" | "disabled"
  last_sign_in_at: Date | null
  access_revoked_at: Date | null
}

export interface MembershipRow {
  id: string
  person_id: string
  customer_id: string
  role: AccountRole
  location_ids: string[] | null
  last_used_at: Date | null
}

export interface TeamMember extends MembershipRow {
  email: string
  full_name: string | null
  status: PersonRow["status"]
  last_sign_in_at: Date | null
}

export interface InvitationRow {
  id: string
  customer_id: string
  email: string
  role: AccountRole
  location_ids: string[] | null
  expires_at: Date
  invited_by: string | null
  accepted_at: Date | null
  cancelled_at: Date | null
  created_at: Date
}

const PERSON = `id, email, full_name, auth_entity_id, status, last_sign_in_at, access_revoked_at`
const MEMBERSHIP = `id, person_id, customer_id, role, location_ids, last_used_at`
const INVITATION = `id, customer_id, email, role, location_ids, expires_at, invited_by, accepted_at, cancelled_at, created_at`

/**
 * People, their memberships in customer accounts and invitations: this module's tables only. Ending sessions when
 * access goes away happens in the same statement batch as the change, so a removed person's next request fails.
 */
export class AccountTeamRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  async personByLogin(authEntityId: string, sharedContext?: Context): Promise<PersonRow | null> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT ${PERSON} FROM portal_person WHERE auth_entity_id = ? AND deleted_at IS NULL`, [authEntityId])
    return (rows as PersonRow[])[0] ?? null
  }

  async personByEmail(email: string, sharedContext?: Context): Promise<PersonRow | null> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT ${PERSON} FROM portal_person WHERE email = ? AND deleted_at IS NULL`, [email.trim().toLowerCase()])
    return (rows as PersonRow[])[0] ?? null
  }

  async personById(id: string, sharedContext?: Context): Promise<PersonRow | null> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT ${PERSON} FROM portal_person WHERE id = ? AND deleted_at IS NULL`, [id])
    return (rows as PersonRow[])[0] ?? null
  }

  /** The person with this login, created if there is none yet (a login from before people existed). */
  async ensurePerson(input: { authEntityId: string; email: string; fullName: string | null }, sharedContext?: Context): Promise<PersonRow> {
    const knex = this.knex(sharedContext)
    await knex.raw(
      `INSERT INTO portal_person (id, email, full_name, auth_entity_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (auth_entity_id) WHERE deleted_at IS NULL DO NOTHING`,
      [newEntityId("pers"), input.email.trim().toLowerCase(), input.fullName, input.authEntityId]
    )
    return (await this.personByLogin(input.authEntityId, sharedContext))!
  }

  /** Gives a person a role in each account they have none in yet; existing memberships keep their role. */
  async grantMemberships(personId: string, customerIds: string[], role: AccountRole, grantedBy: string, locationIds: string[] | null = null, sharedContext?: Context): Promise<void> {
    if (!customerIds.length) return
    const knex = this.knex(sharedContext)
    for (const customerId of customerIds) {
      await knex.raw(
        `INSERT INTO account_membership (id, person_id, customer_id, role, location_ids, granted_by) VALUES (?, ?, ?, ?, ?::jsonb, ?)
         ON CONFLICT (person_id, customer_id) WHERE deleted_at IS NULL DO NOTHING`,
        [newEntityId("mbr"), personId, customerId, role, locationIds ? JSON.stringify(locationIds) : null, grantedBy]
      )
    }
  }

  /** The accounts a person may act for, the most recently used first. */
  async listPersonMemberships(personId: string, sharedContext?: Context): Promise<MembershipRow[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${MEMBERSHIP} FROM account_membership WHERE person_id = ? AND deleted_at IS NULL ORDER BY last_used_at DESC NULLS LAST, created_at`,
      [personId]
    )
    return rows as MembershipRow[]
  }

  async membership(personId: string, customerId: string, sharedContext?: Context): Promise<MembershipRow | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${MEMBERSHIP} FROM account_membership WHERE person_id = ? AND customer_id = ? AND deleted_at IS NULL`,
      [personId, customerId]
    )
    return (rows as MembershipRow[])[0] ?? null
  }

  async recordSignIn(personId: string, customerId: string, sharedContext?: Context): Promise<void> {
    const knex = this.knex(sharedContext)
    await knex.raw(`UPDATE portal_person SET last_sign_in_at = now(), updated_at = now() WHERE id = ?`, [personId])
    await this.recordAccountUse(personId, customerId, sharedContext)
  }

  async recordAccountUse(personId: string, customerId: string, sharedContext?: Context): Promise<void> {
    await this.knex(sharedContext).raw(`UPDATE account_membership SET last_used_at = now() WHERE person_id = ? AND customer_id = ? AND deleted_at IS NULL`, [
      personId,
      customerId,
    ])
  }

  /** Everyone with access to an account, Admins first, then by name or email. */
  async listMembers(customerId: string, sharedContext?: Context): Promise<TeamMember[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT m.id, m.person_id, m.customer_id, m.role, m.location_ids, m.last_used_at, p.email, p.full_name, p.status, p.last_sign_in_at
         FROM account_membership m JOIN portal_person p ON p.id = m.person_id AND p.deleted_at IS NULL
        WHERE m.customer_id = ? AND m.deleted_at IS NULL
        ORDER BY (m.role = 'admin') DESC, coalesce(p.full_name, p.email), p.email`,
      [customerId]
    )
    return rows as TeamMember[]
  }

  async memberById(customerId: string, membershipId: string, sharedContext?: Context): Promise<TeamMember | null> {
    return (await this.listMembers(customerId, sharedContext)).find((member) => member.id === membershipId) ?? null
  }

  async countAdmins(customerId: string, sharedContext?: Context): Promise<number> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT count(*)::int AS admins FROM account_membership m JOIN portal_person p ON p.id = m.person_id AND p.status = 'active' AND p.deleted_at IS NULL
        WHERE m.customer_id = ? AND m.role = 'admin' AND m.deleted_at IS NULL`,
      [customerId]
    )
    return (rows as { admins: number }[])[0]?.admins ?? 0
  }

  async updateMembership(membershipId: string, change: { role: AccountRole; locationIds: string[] | null }, sharedContext?: Context): Promise<void> {
    await this.knex(sharedContext).raw(`UPDATE account_membership SET role = ?, location_ids = ?::jsonb, updated_at = now() WHERE id = ? AND deleted_at IS NULL`, [
      change.role,
      change.locationIds ? JSON.stringify(change.locationIds) : null,
      membershipId,
    ])
  }

  /** Removes a person from an account and ends their sessions in it at once; returns the sessions ended. */
  async removeMembership(membership: Pick<MembershipRow, "id" | "person_id" | "customer_id">, sharedContext?: Context): Promise<number> {
    const knex = this.knex(sharedContext)
    await knex.raw(`UPDATE account_membership SET deleted_at = now(), updated_at = now() WHERE id = ? AND deleted_at IS NULL`, [membership.id])
    return await this.endSessions({ personId: membership.person_id, customerId: membership.customer_id }, "access_removed", sharedContext)
  }

  /** Disables or re-enables a person; disabling ends every session they have. */
  async setPersonStatus(personId: string, status: PersonRow["status"], sharedContext?: Context): Promise<number> {
    const knex = this.knex(sharedContext)
    await knex.raw(`UPDATE portal_person SET status = ?, disabled_at = CASE WHEN ? = 'disabled' THEN now() END, updated_at = now() WHERE id = ?`, [status, status, personId])
    return status === "disabled" ? await this.endSessions({ personId }, "access_removed", sharedContext) : 0
  }

  /** Voids everything issued to this person before now (a new password): sign-in tokens and links. */
  async revokePersonAccess(personId: string, sharedContext?: Context): Promise<void> {
    await this.knex(sharedContext).raw(`UPDATE portal_person SET access_revoked_at = now(), updated_at = now() WHERE id = ?`, [personId])
  }

  async endSessions(filter: { personId: string; customerId?: string }, reason: "access_removed" | "password_changed", sharedContext?: Context): Promise<number> {
    const { rowCount } = await this.knex(sharedContext).raw(
      `UPDATE customer_session SET ended_at = now(), end_reason = ?, updated_at = now()
        WHERE person_id = ? ${filter.customerId ? "AND customer_id = ?" : ""} AND ended_at IS NULL AND deleted_at IS NULL`,
      [reason, filter.personId, ...(filter.customerId ? [filter.customerId] : [])]
    )
    return rowCount ?? 0
  }

  async listOpenInvitations(customerId: string, sharedContext?: Context): Promise<InvitationRow[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${INVITATION} FROM team_invitation
        WHERE customer_id = ? AND accepted_at IS NULL AND cancelled_at IS NULL AND deleted_at IS NULL
        ORDER BY created_at DESC`,
      [customerId]
    )
    return rows as InvitationRow[]
  }

  async invitationById(customerId: string, invitationId: string, sharedContext?: Context): Promise<InvitationRow | null> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT ${INVITATION} FROM team_invitation WHERE id = ? AND customer_id = ? AND deleted_at IS NULL`, [
      invitationId,
      customerId,
    ])
    return (rows as InvitationRow[])[0] ?? null
  }

  /**
   * A new invitation to an account; an open one to the same email is cancelled, so only the newest link works.
   * Returns the invitation (the caller holds the token; only its hash is stored).
   */
  async createInvitation(
    input: { customerId: string; email: string; role: AccountRole; locationIds: string[] | null; tokenHash: string; ttlSeconds: number; invitedBy: string },
    sharedContext?: Context
  ): Promise<InvitationRow> {
    const knex = this.knex(sharedContext)
    const email = input.email.trim().toLowerCase()
    await knex.raw(
      `UPDATE team_invitation SET cancelled_at = now(), updated_at = now()
        WHERE customer_id = ? AND email = ? AND accepted_at IS NULL AND cancelled_at IS NULL AND deleted_at IS NULL`,
      [input.customerId, email]
    )
    const { rows } = await knex.raw(
      `INSERT INTO team_invitation (id, customer_id, email, role, location_ids, token_hash, expires_at, invited_by)
       VALUES (?, ?, ?, ?, ?::jsonb, ?, now() + make_interval(secs => ?), ?) RETURNING ${INVITATION}`,
      [newEntityId("tinv"), input.customerId, email, input.role, input.locationIds ? JSON.stringify(input.locationIds) : null, input.tokenHash, input.ttlSeconds, input.invitedBy]
    )
    return (rows as InvitationRow[])[0]!
  }

  async cancelInvitation(invitationId: string, sharedContext?: Context): Promise<boolean> {
    const { rowCount } = await this.knex(sharedContext).raw(
      `UPDATE team_invitation SET cancelled_at = now(), updated_at = now() WHERE id = ? AND accepted_at IS NULL AND cancelled_at IS NULL`,
      [invitationId]
    )
    return (rowCount ?? 0) > 0
  }

  /** The invitation a link's token names, with whether it can still be used. */
  async invitationByTokenHash(tokenHash: string, sharedContext?: Context): Promise<(InvitationRow & { expired: boolean }) | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${INVITATION}, (expires_at <= now()) AS expired FROM team_invitation WHERE token_hash = ? AND deleted_at IS NULL`,
      [tokenHash]
    )
    return (rows as (InvitationRow & { expired: boolean })[])[0] ?? null
  }

  /** Undoes markInvitationAccepted (a later step of joining failed). */
  async reopenInvitation(invitationId: string, sharedContext?: Context): Promise<void> {
    await this.knex(sharedContext).raw(`UPDATE team_invitation SET accepted_at = NULL, accepted_person_id = NULL, updated_at = now() WHERE id = ?`, [invitationId])
  }

  /** Uses up an invitation: true only for the one request that found it open (accepting twice joins once). */
  async markInvitationAccepted(invitationId: string, personId: string, sharedContext?: Context): Promise<boolean> {
    const { rowCount } = await this.knex(sharedContext).raw(
      `UPDATE team_invitation SET accepted_at = now(), accepted_person_id = ?, updated_at = now()
        WHERE id = ? AND accepted_at IS NULL AND cancelled_at IS NULL AND expires_at > now() AND deleted_at IS NULL`,
      [personId, invitationId]
    )
    return (rowCount ?? 0) > 0
  }
}
