import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { ErpOrderStatus } from "@portal/integrations/orderflow"
import { ORDER_STATUS_GROUPS, type OrderDetail, type OrderStatusGroup, type OrderSummary } from "@portal/integrations/order-status"
import { visibleOrder } from "../../../lib/orders/visibility"
import type { ShipmentTracking } from "@portal/integrations/tracking"
import { sqlCents } from "../../../lib/sql/fragments"

export interface OrderHistoryFilter {
  q?: string
  status: OrderStatusGroup | "all"
  /** Johannesburg days, inclusive. */
  from?: string
  to?: string
  sort: "date" | "total"
  order: "asc" | "desc"
  limit: number
  offset: number
}

/** The order detail's OrderFlow facts: everything but the lines and address, which are the native order's. */
export type ErpOrderFacts = Omit<OrderDetail, "delivery_address" | "lines" | "portal_reference" | "shipments"> & {
  shipments: Omit<OrderDetail["shipments"][number], keyof ShipmentTracking>[]
}

/** The order's header: its facts without the timeline and shipments. */
export type ErpOrderHeader = Omit<ErpOrderFacts, "timeline" | "shipments">

export interface CustomerDashboardRows {
  byStatus: { status: ErpOrderStatus; count: number }[]
  recent: (Omit<OrderSummary, "order_id" | "eta_date" | "currency_code" | "estimate"> & { status: ErpOrderStatus })[]
  changes: { ord_no: number; status: ErpOrderStatus; changed_at: string; remark: string | null; po_ref: string | null }[]
}

const SORT = { date: "o.ordered_at", total: "o.total" } as const

/** Whose orders a query reads: the customer's, and for a person limited to some locations, those delivered there. */
export interface CustomerOrderScope {
  customerId: string
  /** OrderFlow delivery address ids (cust_address.addr_id) the person is limited to; null: every address. */
  deliveredTo: number[] | null
}

/** The scope as SQL on erp_order alias `o`, with its bindings. */
function scopeSql(scope: CustomerOrderScope): { sql: string; bindings: (string | number[])[] } {
  return scope.deliveredTo === null
    ? { sql: "o.customer_id = ?", bindings: [scope.customerId] }
    : { sql: "o.customer_id = ? AND o.deliv_addr_id = ANY(?::int[])", bindings: [scope.customerId, scope.deliveredTo] }
}

/**
 * A customer's orders as OrderFlow knows them, read from this module's tables only (erp_order, erp_status_change,
 * erp_shipment). Every query names the customer and the visibility rule itself, so isolation is part of the SQL.
 */
export class OrderHistoryRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  /**
   * One page of the history: searchable by order number, PO reference or product (SKU or description), filtered by
   * status group and Johannesburg days, sorted by date or total. One indexed query for the page, one for the count.
   */
  async listCustomerOrders(scope: CustomerOrderScope, filter: OrderHistoryFilter, sharedContext?: Context): Promise<{ orders: OrderSummary[]; count: number }> {
    const knex = this.knex(sharedContext)
    const whose = scopeSql(scope)
    const where: string[] = [whose.sql, "o.deleted_at IS NULL", visibleOrder("o")]
    const bindings: (string | number | string[] | number[])[] = [...whose.bindings]
    if (filter.status !== "all") {
      where.push("o.status = ANY(?)")
      bindings.push([...ORDER_STATUS_GROUPS[filter.status]])
    }
    if (filter.from) {
      where.push(`o.ordered_at >= (?::date)::timestamp AT TIME ZONE 'Africa/Johannesburg'`)
      bindings.push(filter.from)
    }
    if (filter.to) {
      where.push(`o.ordered_at < ((?::date + 1)::timestamp AT TIME ZONE 'Africa/Johannesburg')`)
      bindings.push(filter.to)
    }
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
      where.push(`(o.ord_no::text = ? OR o.po_ref ILIKE ? OR o.line_search LIKE ?)`)
      bindings.push(filter.q.replace(/^\D+/, ""), like, like.toLowerCase())
    }
    const condition = where.join(" AND ")
    const direction = filter.order === "asc" ? "ASC" : "DESC"
    const [page, counted] = await Promise.all([
      knex.raw(
        `SELECT o.ord_no, o.order_id, o.status, o.ordered_at, o.po_ref, o.promised_date, ${sqlCents("o.total")} AS total_cents, o.currency_code,
                (SELECT s.eta_date FROM erp_shipment s WHERE s.ord_no = o.ord_no AND s.deleted_at IS NULL ORDER BY s.ship_id DESC LIMIT 1) AS eta_date,
                CASE WHEN e.ord_no IS NOT NULL AND o.status NOT IN ('DL', 'CN')
                     THEN json_build_object('earliest_date', e.earliest_date, 'latest_date', e.latest_date, 'running_late', e.running_late) END AS estimate
           FROM erp_order o LEFT JOIN erp_delivery_estimate e ON e.ord_no = o.ord_no AND e.deleted_at IS NULL
          WHERE ${condition}
          ORDER BY ${SORT[filter.sort]} ${direction}, o.ord_no ${direction}
          LIMIT ? OFFSET ?`,
        [...bindings, filter.limit, filter.offset]
      ),
      knex.raw(`SELECT count(*)::int AS count FROM erp_order o WHERE ${condition}`, bindings),
    ])
    const orders = (page.rows as (Omit<OrderSummary, "total_cents"> & { total_cents: string })[]).map((row) => ({ ...row, total_cents: Number(row.total_cents) }))
    return { orders, count: counted.rows[0].count as number }
  }

  /** The account home's order figures: active orders by status, the latest orders, the latest status changes. */
  async customerDashboard(scope: CustomerOrderScope, limits: { recentOrders: number; recentChanges: number }, sharedContext?: Context): Promise<CustomerDashboardRows> {
    const knex = this.knex(sharedContext)
    const whose = scopeSql(scope)
    const [byStatus, recent, changes] = await Promise.all([
      knex.raw(
        `SELECT o.status, count(*)::int AS count FROM erp_order o
          WHERE ${whose.sql} AND o.deleted_at IS NULL AND o.status = ANY(?) AND ${visibleOrder("o")}
          GROUP BY o.status`,
        [...whose.bindings, [...ORDER_STATUS_GROUPS.active]]
      ),
      knex.raw(
        `SELECT o.ord_no, o.status, o.ordered_at, o.po_ref, o.promised_date, ${sqlCents("o.total")} AS total_cents
           FROM erp_order o WHERE ${whose.sql} AND o.deleted_at IS NULL AND o.status <> 'DR' AND ${visibleOrder("o")}
          ORDER BY o.ordered_at DESC, o.ord_no DESC LIMIT ?`,
        [...whose.bindings, limits.recentOrders]
      ),
      knex.raw(
        `SELECT c.ord_no, c.status, c.changed_at, c.remark, o.po_ref
           FROM erp_order o JOIN LATERAL (
                SELECT s.ord_no, s.status, s.changed_at, s.remark FROM erp_status_change s
                 WHERE s.ord_no = o.ord_no AND s.deleted_at IS NULL ORDER BY s.changed_at DESC LIMIT ?) c ON true
          WHERE ${whose.sql} AND o.deleted_at IS NULL AND o.status_changed_at >= now() - interval '60 days' AND ${visibleOrder("o")}
          ORDER BY c.changed_at DESC, c.ord_no DESC LIMIT ?`,
        [limits.recentChanges, ...whose.bindings, limits.recentChanges]
      ),
    ])
    return {
      byStatus: byStatus.rows,
      recent: (recent.rows as (CustomerDashboardRows["recent"][number] & { total_cents: string })[]).map((row) => ({ ...row, total_cents: Number(row.total_cents) })),
      changes: changes.rows,
    }
  }

  /**
   * One of the customer's visible orders by OrderFlow number, or null: someone else's order and one outside the
   * visibility windows are the same "not found".
   */
  async retrieveCustomerOrder(scope: CustomerOrderScope, ordNo: number, sharedContext?: Context): Promise<ErpOrderHeader | null> {
    const whose = scopeSql(scope)
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT o.ord_no, o.order_id, o.status, o.ordered_at, o.status_changed_at, o.cancelled_at, o.po_ref, o.requested_date, o.promised_date, o.notes,
              ${sqlCents("o.sub_total")} AS sub_total_cents, ${sqlCents("o.vat_total")} AS vat_total_cents, ${sqlCents("o.total")} AS total_cents, o.currency_code
         FROM erp_order o WHERE o.ord_no = ? AND ${whose.sql} AND o.deleted_at IS NULL AND ${visibleOrder("o")}`,
      [ordNo, ...whose.bindings]
    )
    const order = rows[0] as (Omit<ErpOrderHeader, "sub_total_cents" | "vat_total_cents" | "total_cents"> & Record<string, string>) | undefined
    if (!order) return null
    return { ...order, sub_total_cents: Number(order.sub_total_cents), vat_total_cents: Number(order.vat_total_cents), total_cents: Number(order.total_cents) }
  }

  /** An order's status history and shipments, oldest first (for an order retrieveCustomerOrder found). */
  async orderTimeline(ordNo: number, sharedContext?: Context): Promise<Pick<ErpOrderFacts, "timeline" | "shipments">> {
    const knex = this.knex(sharedContext)
    const [history, shipments] = await Promise.all([
      knex.raw(`SELECT status, changed_at, remark FROM erp_status_change WHERE ord_no = ? AND deleted_at IS NULL ORDER BY changed_at, hist_id`, [ordNo]),
      knex.raw(
        `SELECT ship_id, carrier, waybill, shipped_at, eta_date, delivered_at, pod_name FROM erp_shipment WHERE ord_no = ? AND deleted_at IS NULL ORDER BY ship_id`,
        [ordNo]
      ),
    ])
    return { timeline: history.rows, shipments: shipments.rows }
  }

  /** Whether the customer may see this OrderFlow order today (an invoice's order link). */
  async isVisibleToCustomer(scope: CustomerOrderScope, ordNo: number, sharedContext?: Context): Promise<boolean> {
    const whose = scopeSql(scope)
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT 1 FROM erp_order o WHERE o.ord_no = ? AND ${whose.sql} AND o.deleted_at IS NULL AND ${visibleOrder("o")}`,
      [ordNo, ...whose.bindings]
    )
    return rows.length > 0
  }

  /** The numbers of the customer's orders delivered to these addresses (a location-limited person's invoices). */
  async orderNumbersDeliveredTo(customerId: string, deliveredTo: number[], sharedContext?: Context): Promise<number[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT o.ord_no FROM erp_order o WHERE o.customer_id = ? AND o.deliv_addr_id = ANY(?::int[]) AND o.deleted_at IS NULL`,
      [customerId, deliveredTo]
    )
    return (rows as { ord_no: number }[]).map((row) => Number(row.ord_no))
  }
}
