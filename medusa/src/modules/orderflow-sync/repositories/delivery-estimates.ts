import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { ExplainedEstimate, OrderHistory } from "@portal/integrations/estimates"
import { bulkUpsert } from "../../../lib/bulk-upsert"
import type { CustomerOrderScope } from "./order-history"

/** An order not yet delivered, as the estimator needs it. */
export interface OpenOrderFacts {
  ord_no: number
  customer_id: string
  status: string
  status_changed_at: Date
  deliv_addr_id: number | null
  province: string
  lines: number
  promised_date: string | null
  /** The carrier of its (undelivered) shipment, when it has shipped. */
  carrier: string | null
}

/** A stored estimate: the range, and the facts it compared (what the order page's sentence explains). */
export interface DeliveryEstimateRow extends ExplainedEstimate {
  ord_no: number
  customer_id: string
  earliest_date: string
  latest_date: string
  coverage_percent: number
  compared_by: string[]
  running_late: boolean
  computed_at: Date
}

export interface OnTimeScore {
  deliveries: number
  on_time: number
  /** 0–100, whole percent; null without deliveries that had a promise. */
  percent: number | null
}

const OPEN_STATUSES = ["PE", "CF", "PR", "PK", "SH", "HD"]

/** The SQL for the delivery estimates: the history they learn from, the orders they are for, the scores. */
export class DeliveryEstimatesRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  /**
   * Orders delivered since `since`, each with the statuses it entered (times as UTC milliseconds), the carrier and
   * time of the shipment that delivered it (a recalled first shipment never did), and the end of its promised day.
   */
  async deliveryHistory(since: Date, sharedContext?: Context): Promise<OrderHistory[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT o.ord_no, o.deliv_addr_id, coalesce(o.deliv_province, '') AS province, coalesce(o.line_count, 0) AS lines, s.carrier,
              (extract(epoch FROM s.delivered_at) * 1000)::float8 AS delivered_at,
              (extract(epoch FROM ((o.promised_date::date + 1)::timestamp AT TIME ZONE 'Africa/Johannesburg')) * 1000)::float8 AS promised_by,
              (SELECT coalesce(json_agg(json_build_object('status', c.status, 'at', (extract(epoch FROM c.changed_at) * 1000)::float8) ORDER BY c.changed_at, c.hist_id), '[]')
                 FROM erp_status_change c WHERE c.ord_no = o.ord_no AND c.deleted_at IS NULL AND c.status NOT IN ('DL', 'CN', 'DR')) AS statuses
         FROM erp_order o
         JOIN LATERAL (SELECT carrier, delivered_at FROM erp_shipment s WHERE s.ord_no = o.ord_no AND s.deleted_at IS NULL AND s.delivered_at IS NOT NULL
                        ORDER BY s.delivered_at DESC LIMIT 1) s ON true
        WHERE o.status = 'DL' AND o.deleted_at IS NULL AND s.delivered_at >= ?
        ORDER BY o.ord_no`,
      [since]
    )
    return (rows as { ord_no: number; deliv_addr_id: number | null; province: string; lines: number; carrier: string; delivered_at: number; promised_by: number | null; statuses: OrderHistory["statuses"] }[]).map((row) => ({
      ordNo: Number(row.ord_no),
      addressId: row.deliv_addr_id === null ? null : Number(row.deliv_addr_id),
      carrier: row.carrier.trim(),
      province: row.province,
      lines: Number(row.lines),
      statuses: row.statuses,
      deliveredAt: row.delivered_at,
      promisedBy: row.promised_by,
    }))
  }

  /** Orders not yet delivered (all of them, or these), with the facts an estimate compares. */
  async openOrders(ordNos: number[] | null, sharedContext?: Context): Promise<OpenOrderFacts[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT o.ord_no, o.customer_id, o.status, coalesce(o.status_changed_at, o.ordered_at) AS status_changed_at, o.deliv_addr_id,
              coalesce(o.deliv_province, '') AS province, coalesce(o.line_count, 0) AS lines, o.promised_date,
              (SELECT s.carrier FROM erp_shipment s WHERE s.ord_no = o.ord_no AND s.deleted_at IS NULL AND s.delivered_at IS NULL ORDER BY s.ship_id DESC LIMIT 1) AS carrier
         FROM erp_order o
        WHERE o.status = ANY(?) AND o.deleted_at IS NULL AND o.ordered_at >= now() - interval '24 months'
          ${ordNos ? "AND o.ord_no = ANY(?::int[])" : ""}`,
      ordNos ? [OPEN_STATUSES, ordNos] : [OPEN_STATUSES]
    )
    return (rows as OpenOrderFacts[]).map((row) => ({
      ...row,
      ord_no: Number(row.ord_no),
      deliv_addr_id: row.deliv_addr_id === null ? null : Number(row.deliv_addr_id),
      lines: Number(row.lines),
      carrier: row.carrier?.trim() || null,
    }))
  }

  /**
   * Writes the estimates worked out for `ordNos` (every open order when null): those orders' rows are replaced,
   * and estimates of orders that are no longer open (or had none worked out) are removed.
   */
  async replaceEstimates(ordNos: number[] | null, estimates: DeliveryEstimateRow[], sharedContext?: Context): Promise<void> {
    const knex = this.knex(sharedContext)
    const kept = estimates.map((estimate) => estimate.ord_no)
    await knex.raw(
      `DELETE FROM erp_delivery_estimate WHERE ${ordNos ? "ord_no = ANY(?::int[]) AND " : ""} NOT (ord_no = ANY(?::int[]))`,
      ordNos ? [ordNos, kept] : [kept]
    )
    for (let start = 0; start < estimates.length; start += 1_000) {
      const page = estimates.slice(start, start + 1_000)
      await bulkUpsert(knex, "erp_delivery_estimate", ["ord_no"], page.map((estimate) => ({ ...estimate, compared_by: JSON.stringify(estimate.compared_by) })), { idPrefix: "erpest" })
    }
  }

  /** The orders that have an estimate now. */
  async estimatedOrderNumbers(sharedContext?: Context): Promise<number[]> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT ord_no FROM erp_delivery_estimate WHERE deleted_at IS NULL`)
    return (rows as { ord_no: number }[]).map((row) => Number(row.ord_no))
  }

  /** The stored estimate of one of the customer's orders (a query that already checked the person may see it). */
  async estimateOf(customerId: string, ordNo: number, sharedContext?: Context): Promise<(DeliveryEstimateRow & { computed_at: string }) | null> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT ord_no, customer_id, earliest_date, latest_date, coverage_percent, based_on, compared_by, carrier, carrier_known, province, weekday, status,
              days_in_status, running_late, computed_at
         FROM erp_delivery_estimate WHERE ord_no = ? AND customer_id = ? AND deleted_at IS NULL`,
      [ordNo, customerId]
    )
    return (rows[0] as (DeliveryEstimateRow & { computed_at: string }) | undefined) ?? null
  }

  /**
   * The share of the customer's deliveries (within the person's locations) in [from, to) that arrived by the end
   * of the promised day, Johannesburg time; orders without a promise are not counted.
   */
  async onTimeScore(scope: CustomerOrderScope, from: Date, to: Date, sharedContext?: Context): Promise<OnTimeScore> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT count(*)::int AS deliveries,
              count(*) FILTER (WHERE (s.delivered_at AT TIME ZONE 'Africa/Johannesburg')::date <= o.promised_date::date)::int AS on_time
         FROM erp_order o
         JOIN LATERAL (SELECT max(delivered_at) AS delivered_at FROM erp_shipment s WHERE s.ord_no = o.ord_no AND s.deleted_at IS NULL) s ON true
        WHERE o.customer_id = ? ${scope.deliveredTo === null ? "" : "AND o.deliv_addr_id = ANY(?::int[])"}
          AND o.status = 'DL' AND o.deleted_at IS NULL AND o.promised_date IS NOT NULL AND s.delivered_at >= ? AND s.delivered_at < ?`,
      scope.deliveredTo === null ? [scope.customerId, from, to] : [scope.customerId, scope.deliveredTo, from, to]
    )
    const { deliveries, on_time } = rows[0] as { deliveries: number; on_time: number }
    return { deliveries, on_time, percent: deliveries ? Math.round((on_time * 100) / deliveries) : null }
  }

  /** Orders placed per Johannesburg day since `from` (drafts not counted): the seller's side of Insights. */
  async ordersPerDay(from: Date, sharedContext?: Context): Promise<{ day: string; orders: number }[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT to_char(ordered_at AT TIME ZONE 'Africa/Johannesburg', 'YYYY-MM-DD') AS day, count(*)::int AS orders
         FROM erp_order WHERE ordered_at >= ? AND status <> 'DR' AND deleted_at IS NULL GROUP BY 1 ORDER BY 1`,
      [from]
    )
    return rows as { day: string; orders: number }[]
  }

  /** Deliveries since `from` per carrier, and how many arrived after the promised day. */
  async lateDeliveriesByCarrier(from: Date, sharedContext?: Context): Promise<{ carrier: string; deliveries: number; late: number }[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT s.carrier, count(*)::int AS deliveries,
              count(*) FILTER (WHERE (s.delivered_at AT TIME ZONE 'Africa/Johannesburg')::date > o.promised_date::date)::int AS late
         FROM erp_order o
         JOIN LATERAL (SELECT trim(carrier) AS carrier, delivered_at FROM erp_shipment s WHERE s.ord_no = o.ord_no AND s.deleted_at IS NULL AND s.delivered_at IS NOT NULL ORDER BY s.ship_id DESC LIMIT 1) s ON true
        WHERE o.status = 'DL' AND o.deleted_at IS NULL AND o.promised_date IS NOT NULL AND s.delivered_at >= ?
        GROUP BY s.carrier ORDER BY s.carrier`,
      [from]
    )
    return rows as { carrier: string; deliveries: number; late: number }[]
  }

  /** Open orders whose estimate ends after their promised day, for all customers or one. */
  async runningLateCount(customerId: string | null, sharedContext?: Context): Promise<number> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT count(*)::int AS count FROM erp_delivery_estimate e JOIN erp_order o ON o.ord_no = e.ord_no AND o.deleted_at IS NULL
        WHERE e.running_late AND e.deleted_at IS NULL AND o.status IN ('PE', 'CF', 'PR', 'PK', 'SH', 'HD') ${customerId ? "AND e.customer_id = ?" : ""}`,
      customerId ? [customerId] : []
    )
    return rows[0].count as number
  }
}
