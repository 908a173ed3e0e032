import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { DeliveryMode, NotificationCategory } from "@portal/integrations/notifications"
import { newEntityId } from "../../../lib/entity-id"

/** Read marks and delivery choices: this module's tables only (the notifications are Medusa's). */
export class NotificationInboxRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  async readIds(membershipId: string, notificationIds: string[], sharedContext?: Context): Promise<Set<string>> {
    if (!notificationIds.length) return new Set()
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT notification_id FROM notification_receipt WHERE membership_id = ? AND notification_id = ANY(?) AND deleted_at IS NULL`,
      [membershipId, notificationIds]
    )
    return new Set((rows as { notification_id: string }[]).map((row) => row.notification_id))
  }

  /** How many of this membership's notifications are marked read (receipts exist only for its own). */
  async countRead(membershipId: string, sharedContext?: Context): Promise<number> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT count(*)::int AS count FROM notification_receipt WHERE membership_id = ? AND deleted_at IS NULL`, [
      membershipId,
    ])
    return (rows as { count: number }[])[0]!.count
  }

  /** Marks these (already checked to be the membership's own) read; answers how many were unread. */
  async markRead(membershipId: string, notificationIds: string[], sharedContext?: Context): Promise<number> {
    if (!notificationIds.length) return 0
    const rows = notificationIds.map((notificationId) => ({ id: newEntityId("nrcpt"), notification_id: notificationId }))
    const { rowCount } = await this.knex(sharedContext).raw(
      `INSERT INTO notification_receipt (id, notification_id, membership_id, read_at)
       SELECT r.id, r.notification_id, ?, now() FROM jsonb_to_recordset(?::jsonb) AS r(id text, notification_id text)
       ON CONFLICT (notification_id) WHERE deleted_at IS NULL DO NOTHING`,
      [membershipId, JSON.stringify(rows)]
    )
    return rowCount ?? 0
  }

  async preferences(personIds: string[], sharedContext?: Context): Promise<{ person_id: string; category: NotificationCategory; delivery: DeliveryMode }[]> {
    if (!personIds.length) return []
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT person_id, category, delivery FROM notification_preference WHERE person_id = ANY(?) AND deleted_at IS NULL`,
      [personIds]
    )
    return rows as { person_id: string; category: NotificationCategory; delivery: DeliveryMode }[]
  }

  /** Everyone who chose the daily email for some category, with those categories. */
  async digestChoices(sharedContext?: Context): Promise<{ person_id: string; categories: NotificationCategory[] }[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT person_id, array_agg(category ORDER BY category) AS categories FROM notification_preference
        WHERE delivery = 'digest' AND deleted_at IS NULL GROUP BY person_id ORDER BY person_id`
    )
    return rows as { person_id: string; categories: NotificationCategory[] }[]
  }

  async setPreferences(personId: string, choices: { category: NotificationCategory; delivery: DeliveryMode }[], sharedContext?: Context): Promise<void> {
    if (!choices.length) return
    const rows = choices.map((choice) => ({ id: newEntityId("npref"), ...choice }))
    await this.knex(sharedContext).raw(
      `INSERT INTO notification_preference (id, person_id, category, delivery)
       SELECT r.id, ?, r.category, r.delivery FROM jsonb_to_recordset(?::jsonb) AS r(id text, category text, delivery text)
       ON CONFLICT (person_id, category) WHERE deleted_at IS NULL DO UPDATE SET delivery = excluded.delivery, updated_at = now()`,
      [personId, JSON.stringify(rows)]
    )
  }
}
