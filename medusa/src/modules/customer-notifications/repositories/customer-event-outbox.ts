import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { NotificationKind } from "@portal/integrations/notifications"
import { newEntityId } from "../../../lib/entity-id"

export type CustomerEventEntity = "order" | "shipment" | "invoice" | "payment" | "statement"

export interface CustomerEventInput {
  kind: NotificationKind
  customer_id: string
  entity_type: CustomerEventEntity
  entity_id: string
  version: string
  ord_no?: number | null
  deliv_addr_id?: number | null
  data: Record<string, unknown>
}

export interface CustomerEventRow extends Required<CustomerEventInput> {
  id: string
  sequence: number
  created_at: Date
  dispatched_at: Date | null
}

const EVENT = `id, sequence::int AS sequence, kind, customer_id, entity_type, entity_id, version, ord_no, deliv_addr_id, data, created_at, dispatched_at`

/** The outbox of customer events: this module's table only. */
export class CustomerEventOutboxRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  /** Records events not recorded before (kind, entity, version); answers the ids of the new rows. */
  async record(events: CustomerEventInput[], sharedContext?: Context): Promise<string[]> {
    if (!events.length) return []
    const rows = events.map((event) => ({
      id: newEntityId("cev"),
      kind: event.kind,
      customer_id: event.customer_id,
      entity_type: event.entity_type,
      entity_id: event.entity_id,
      version: event.version,
      ord_no: event.ord_no ?? null,
      deliv_addr_id: event.deliv_addr_id ?? null,
      data: JSON.stringify(event.data),
    }))
    const { rows: inserted } = await this.knex(sharedContext).raw(
      `INSERT INTO customer_event (id, kind, customer_id, entity_type, entity_id, version, ord_no, deliv_addr_id, data)
       SELECT id, kind, customer_id, entity_type, entity_id, version, ord_no, deliv_addr_id, data::jsonb
         FROM jsonb_to_recordset(?::jsonb) AS r(id text, kind text, customer_id text, entity_type text, entity_id text, version text,
                                                ord_no int, deliv_addr_id int, data text)
       ON CONFLICT (kind, entity_id, version) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows)]
    )
    return (inserted as { id: string }[]).map((row) => row.id)
  }

  /** Removes events that were recorded but never dispatched (a failed import page's, when it is undone). */
  async forgetUndispatched(ids: string[], sharedContext?: Context): Promise<void> {
    if (!ids.length) return
    await this.knex(sharedContext).raw(`DELETE FROM customer_event WHERE id = ANY(?) AND dispatched_at IS NULL`, [ids])
  }

  /** The oldest events nobody has been told of yet, after this sequence number (a dispatcher reads them page by page). */
  async pending(limit: number, afterSequence = 0, sharedContext?: Context): Promise<CustomerEventRow[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${EVENT} FROM customer_event WHERE dispatched_at IS NULL AND deleted_at IS NULL AND sequence > ? ORDER BY sequence LIMIT ?`,
      [afterSequence, limit]
    )
    return rows as CustomerEventRow[]
  }

  async markDispatched(ids: string[], outcome: "notified" | "expired", sharedContext?: Context): Promise<void> {
    if (!ids.length) return
    await this.knex(sharedContext).raw(`UPDATE customer_event SET dispatched_at = now(), outcome = ?, updated_at = now() WHERE id = ANY(?) AND dispatched_at IS NULL`, [
      outcome,
      ids,
    ])
  }

  /** An account's dispatched events after this sequence number: what a live stream that reconnects has missed. */
  async dispatchedSince(customerId: string, afterSequence: number, limit: number, sharedContext?: Context): Promise<CustomerEventRow[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ${EVENT} FROM customer_event
        WHERE customer_id = ? AND sequence > ? AND dispatched_at IS NOT NULL AND outcome = 'notified' AND deleted_at IS NULL
        ORDER BY sequence LIMIT ?`,
      [customerId, afterSequence, limit]
    )
    return rows as CustomerEventRow[]
  }

  /** Tells every server process's live streams (LISTEN portal_live) about these events, once they are dispatched. */
  async announce(payloads: string[], sharedContext?: Context): Promise<void> {
    if (!payloads.length) return
    await this.knex(sharedContext).raw(`SELECT pg_notify('portal_live', payload) FROM unnest(?::text[]) AS payload`, [payloads])
  }
}
