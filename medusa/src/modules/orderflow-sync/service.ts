import type { Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { bulkUpsert, type Row } from "../../lib/bulk-upsert"
import { ErpChangeRequest } from "./models/erp-change-request"
import { ErpDeliveryEstimate } from "./models/erp-delivery-estimate"
import { ErpCustomer } from "./models/erp-customer"
import { ErpOrder } from "./models/erp-order"
import { ErpShipment } from "./models/erp-shipment"
import { ErpStatusChange } from "./models/erp-status-change"
import { SyncCursor } from "./models/sync-cursor"
import { sqlCents } from "../../lib/sql/fragments"
import { type RowSnapshot, restoreRows, snapshotRows } from "../../lib/sql/row-snapshot"
import type { CustomerDashboardRows, CustomerOrderScope, ErpOrderFacts, ErpOrderHeader, OrderHistoryFilter, OrderHistoryRepository } from "./repositories/order-history"
import type { OrderSummary } from "@portal/integrations/order-status"
import type { OrderHistory } from "@portal/integrations/estimates"
import type { DeliveryEstimateRow, DeliveryEstimatesRepository, OnTimeScore, OpenOrderFacts } from "./repositories/delivery-estimates"

export interface OrderFigures {
  ordersByStatus: Record<string, number>
  orderTotalCents: number
  linkedOrders: number
}

export interface StreamCursor {
  lastUpd: string
  key: string
}

const ERP_TABLES = ["erp_customer", "erp_order", "erp_status_change", "erp_shipment", "erp_delivery_estimate"] as const
type ErpTable = (typeof ERP_TABLES)[number]

/** ERP facts the portal keeps beside Medusa's own records, and the import's progress. */
class OrderflowSyncModuleService extends MedusaService({ SyncCursor, ErpCustomer, ErpOrder, ErpStatusChange, ErpShipment, ErpChangeRequest, ErpDeliveryEstimate }) {
  protected readonly orderHistory_: OrderHistoryRepository
  protected readonly estimates_: DeliveryEstimatesRepository

  constructor(dependencies: { orderHistoryRepository: OrderHistoryRepository; deliveryEstimatesRepository: DeliveryEstimatesRepository }) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService takes the module's whole container, as in Medusa's own modules
    super(...arguments)
    this.orderHistory_ = dependencies.orderHistoryRepository
    this.estimates_ = dependencies.deliveryEstimatesRepository
  }

  /** Orders delivered since `since`, as the delivery estimator learns from them. */
  @InjectManager()
  async deliveryHistory(since: Date, @MedusaContext() sharedContext: Context = {}): Promise<OrderHistory[]> {
    return await this.estimates_.deliveryHistory(since, sharedContext)
  }

  /** Orders not yet delivered (all, or these), with the facts an estimate compares. */
  @InjectManager()
  async openOrdersToEstimate(ordNos: number[] | null, @MedusaContext() sharedContext: Context = {}): Promise<OpenOrderFacts[]> {
    return await this.estimates_.openOrders(ordNos, sharedContext)
  }

  /** Replaces the delivery estimates of these orders (every open order when null). */
  @InjectTransactionManager()
  async replaceDeliveryEstimates(ordNos: number[] | null, estimates: DeliveryEstimateRow[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.estimates_.replaceEstimates(ordNos, estimates, sharedContext)
  }

  /** The OrderFlow delivery address of each of these orders that the sync has (invoices carry it to spend by location). */
  @InjectManager()
  async deliveryAddressesOf(ordNos: number[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<Map<number, number | null>> {
    if (!ordNos.length) return new Map()
    const { rows } = await this.knex(sharedContext).raw(`SELECT ord_no, deliv_addr_id FROM erp_order WHERE ord_no = ANY(?::int[]) AND deleted_at IS NULL`, [[...new Set(ordNos)]])
    return new Map((rows as { ord_no: number; deliv_addr_id: number | null }[]).map((row) => [Number(row.ord_no), row.deliv_addr_id === null ? null : Number(row.deliv_addr_id)]))
  }

  /** The Medusa customers these orders belong to (whose cached answers a change of the orders makes old). */
  @InjectManager()
  async customerIdsOfOrders(ordNos: number[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<string[]> {
    if (!ordNos.length) return []
    const { rows } = await this.knex(sharedContext).raw(`SELECT DISTINCT customer_id FROM erp_order WHERE ord_no = ANY(?::int[])`, [[...new Set(ordNos)]])
    return (rows as { customer_id: string }[]).map((row) => row.customer_id)
  }

  /** The orders that have a delivery estimate now. */
  @InjectManager()
  async estimatedOrderNumbers(@MedusaContext() sharedContext: Context = {}): Promise<number[]> {
    return await this.estimates_.estimatedOrderNumbers(sharedContext)
  }

  /** Orders placed per Johannesburg day since `from`. */
  @InjectManager()
  async ordersPerDay(from: Date, @MedusaContext() sharedContext: Context = {}) {
    return await this.estimates_.ordersPerDay(from, sharedContext)
  }

  /** Deliveries since `from` per carrier, and how many were late. */
  @InjectManager()
  async lateDeliveriesByCarrier(from: Date, @MedusaContext() sharedContext: Context = {}) {
    return await this.estimates_.lateDeliveriesByCarrier(from, sharedContext)
  }

  /** Open orders now expected after their promised day (all customers, or one). */
  @InjectManager()
  async runningLateCount(customerId: string | null, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return await this.estimates_.runningLateCount(customerId, sharedContext)
  }

  /** One order's stored delivery estimate, or null (for an order the caller already found visible). */
  @InjectManager()
  async deliveryEstimateOf(customerId: string, ordNo: number, @MedusaContext() sharedContext: Context = {}) {
    return await this.estimates_.estimateOf(customerId, ordNo, sharedContext)
  }

  /** The share of a customer's deliveries in [from, to) that arrived by the promised day. */
  @InjectManager()
  async onTimeScore(scope: CustomerOrderScope, from: Date, to: Date, @MedusaContext() sharedContext: Context = {}): Promise<OnTimeScore> {
    return await this.estimates_.onTimeScore(scope, from, to, sharedContext)
  }

  /** One page of a customer's order history (see OrderHistoryRepository.listCustomerOrders). */
  @InjectManager()
  async listCustomerOrders(scope: CustomerOrderScope, filter: OrderHistoryFilter, @MedusaContext() sharedContext: Context = {}): Promise<{ orders: OrderSummary[]; count: number }> {
    return await this.orderHistory_.listCustomerOrders(scope, filter, sharedContext)
  }

  /** The account home's order figures for a customer. */
  @InjectManager()
  async customerDashboard(scope: CustomerOrderScope, limits: { recentOrders: number; recentChanges: number }, @MedusaContext() sharedContext: Context = {}): Promise<CustomerDashboardRows> {
    return await this.orderHistory_.customerDashboard(scope, limits, sharedContext)
  }

  /** One of the customer's visible orders (its header), or null for any other. */
  @InjectManager()
  async retrieveCustomerOrder(scope: CustomerOrderScope, ordNo: number, @MedusaContext() sharedContext: Context = {}): Promise<ErpOrderHeader | null> {
    return await this.orderHistory_.retrieveCustomerOrder(scope, ordNo, sharedContext)
  }

  /** An order's status history and shipments. */
  @InjectManager()
  async orderTimeline(ordNo: number, @MedusaContext() sharedContext: Context = {}): Promise<Pick<ErpOrderFacts, "timeline" | "shipments">> {
    return await this.orderHistory_.orderTimeline(ordNo, sharedContext)
  }

  /** Whether the customer may see this OrderFlow order today. */
  @InjectManager()
  async isOrderVisibleToCustomer(scope: CustomerOrderScope, ordNo: number, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    return await this.orderHistory_.isVisibleToCustomer(scope, ordNo, sharedContext)
  }

  /** The numbers of the customer's orders delivered to these OrderFlow addresses. */
  @InjectManager()
  async orderNumbersDeliveredTo(customerId: string, deliveredTo: number[], @MedusaContext() sharedContext: Context = {}): Promise<number[]> {
    return await this.orderHistory_.orderNumbersDeliveredTo(customerId, deliveredTo, sharedContext)
  }

  @InjectManager()
  async upsertErpRows(
    table: ErpTable,
    conflictColumn: string,
    idPrefix: string,
    rows: Row[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    await bulkUpsert(this.knex(sharedContext), table, [conflictColumn], rows, { idPrefix })
  }

  @InjectManager()
  async readCursor(stream: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<StreamCursor | null> {
    const [row] = (await this.knex(sharedContext).raw(`SELECT last_upd, last_key FROM orderflow_sync_cursor WHERE stream = ? AND deleted_at IS NULL`, [stream])).rows as {
      last_upd: string | null
      last_key: string | null
    }[]
    return row?.last_upd ? { lastUpd: row.last_upd, key: row.last_key ?? "" } : null
  }

  /** When the first complete import of OrderFlow finished: from then on the portal was live. */
  @InjectManager()
  async firstImportedAt(@MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<Date | null> {
    const [row] = (await this.knex(sharedContext).raw(`SELECT created_at FROM orderflow_sync_cursor WHERE stream = 'sync' AND deleted_at IS NULL`)).rows as {
      created_at: Date
    }[]
    return row?.created_at ?? null
  }

  /** Records progress after a page is applied: a stopped import resumes after the last applied row. */
  @InjectManager()
  async saveCursor(stream: string, cursor: StreamCursor, applied: number, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    await this.knex(sharedContext).raw(
      `INSERT INTO orderflow_sync_cursor (id, stream, last_upd, last_key, rows_applied, raw_rows_applied, last_success_at, last_error)
       VALUES (?, ?, ?, ?, ?, ?, now(), NULL)
       ON CONFLICT (stream) WHERE deleted_at IS NULL DO UPDATE SET last_upd = EXCLUDED.last_upd, last_key = EXCLUDED.last_key,
         rows_applied = orderflow_sync_cursor.rows_applied + EXCLUDED.rows_applied,
         raw_rows_applied = jsonb_build_object('value', (orderflow_sync_cursor.rows_applied + EXCLUDED.rows_applied)::text, 'precision', 20),
         last_success_at = now(), last_error = NULL, updated_at = now()`,
      [generateEntityId(undefined, "osc"), stream, cursor.lastUpd, cursor.key, applied, JSON.stringify({ value: String(applied), precision: 20 })]
    )
  }

  @InjectManager()
  async recordError(stream: string, message: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    await this.knex(sharedContext).raw(
      `INSERT INTO orderflow_sync_cursor (id, stream, rows_applied, raw_rows_applied, last_error, last_error_at)
       VALUES (?, ?, 0, '{"value":"0","precision":20}', ?, now())
       ON CONFLICT (stream) WHERE deleted_at IS NULL DO UPDATE SET last_error = EXCLUDED.last_error, last_error_at = now(), updated_at = now()`,
      [generateEntityId(undefined, "osc"), stream, message.slice(0, 2_000)]
    )
  }

  /** Maps OrderFlow customer numbers to Medusa customer ids. */
  @InjectManager()
  async customerIdsByNumber(custNos: string[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<Map<string, string>> {
    if (custNos.length === 0) return new Map()
    const { rows } = await this.knex(sharedContext).raw(`SELECT cust_no, customer_id FROM erp_customer WHERE cust_no = ANY(?) AND deleted_at IS NULL`, [custNos])
    return new Map((rows as { cust_no: string; customer_id: string }[]).map((row) => [row.cust_no, row.customer_id]))
  }

  /** Drafts the portal still shows: the only orders the ERP deletes, so the only ones compared by key. */
  @InjectManager()
  async visibleDraftNumbers(@MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<{ ord_no: number; order_id: string | null }[]> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT ord_no, order_id FROM erp_order WHERE status = 'DR' AND deleted_at IS NULL`)
    return (rows as { ord_no: number; order_id: string | null }[]).map((row) => ({ ord_no: Number(row.ord_no), order_id: row.order_id }))
  }

  /**
   * Per customer number: imported orders by ERP status, their ERP total in cents, and how many have a native
   * Medusa order (what reconciliation compares with OrderFlow; the native orders' own totals are
   * lib/read-models/native-order-totals).
   */
  @InjectManager()
  async orderFigures(@MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<Map<string, OrderFigures>> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT cust_no, status, count(*)::int AS n, ${sqlCents("sum(total)")}::text AS total_cents, count(order_id)::int AS linked
         FROM erp_order WHERE deleted_at IS NULL GROUP BY cust_no, status`
    )
    const figures = new Map<string, OrderFigures>()
    for (const row of rows as { cust_no: string; status: string; n: number; total_cents: string; linked: number }[]) {
      const entry = figures.get(row.cust_no) ?? { ordersByStatus: {}, orderTotalCents: 0, linkedOrders: 0 }
      entry.ordersByStatus[row.status] = row.n
      entry.orderTotalCents += Number(row.total_cents)
      entry.linkedOrders += row.linked
      figures.set(row.cust_no, entry)
    }
    return figures
  }

  /**
   * For each portal reference (WEB-1042), the first OrderFlow order of the same customer, keyed in since the
   * reference was made (a day's slack for clocks), whose PO reference or notes carry it as a whole word.
   */
  @InjectManager()
  async ordersCarryingReferences(
    references: { key: string; customer_id: string; reference: string; since: Date }[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ key: string; ord_no: number; order_id: string | null }[]> {
    if (references.length === 0) return []
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT DISTINCT ON (r.key) r.key, o.ord_no, o.order_id
         FROM json_to_recordset(?::json) AS r(key text, customer_id text, reference text, since timestamptz)
         JOIN erp_order o ON o.customer_id = r.customer_id AND o.deleted_at IS NULL
          -- Only orders since the reference: this runs after every sync and must not scan a large customer's history.
          AND o.ordered_at >= r.since - interval '1 day'
          AND (coalesce(o.po_ref, '') ~* ('\\m' || r.reference || '\\M') OR coalesce(o.notes, '') ~* ('\\m' || r.reference || '\\M'))
        ORDER BY r.key, o.ordered_at`,
      [JSON.stringify(references)]
    )
    return (rows as { key: string; ord_no: number; order_id: string | null }[]).map((row) => ({ ...row, ord_no: Number(row.ord_no) }))
  }

  /** The last_upd each ERP order or shipment was last applied at, by its number (absent: never applied). */
  @InjectManager()
  async appliedVersions(table: "erp_order" | "erp_shipment", numbers: number[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<Map<number, string>> {
    const column = table === "erp_order" ? "ord_no" : "ship_id"
    const { rows } = await this.knex(sharedContext).raw(`SELECT ${column} AS number, last_upd FROM ${table} WHERE ${column} = ANY(?) AND deleted_at IS NULL`, [numbers])
    return new Map((rows as { number: number; last_upd: string }[]).map((row) => [Number(row.number), row.last_upd]))
  }

  /**
   * Undelivered orders running late: the promised date passed in [from, to] (Johannesburg days), or a shipment's
   * ETA is after the promise (and the promise not yet long past). Each with the promise it breaks.
   */
  @InjectManager()
  async ordersRunningLate(from: string, today: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}) {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT o.ord_no, o.customer_id, o.deliv_addr_id, o.promised_date, max(s.eta_date) AS eta_date,
              e.earliest_date AS expected_from, e.latest_date AS expected_by
         FROM erp_order o
         LEFT JOIN erp_shipment s ON s.ord_no = o.ord_no AND s.delivered_at IS NULL AND s.deleted_at IS NULL
         LEFT JOIN erp_delivery_estimate e ON e.ord_no = o.ord_no AND e.deleted_at IS NULL
        WHERE o.status NOT IN ('DL', 'CN', 'DR') AND o.promised_date IS NOT NULL AND o.promised_date >= ? AND o.deleted_at IS NULL
        GROUP BY o.ord_no, o.customer_id, o.deliv_addr_id, o.promised_date, e.earliest_date, e.latest_date, e.running_late
       HAVING o.promised_date < ? OR max(s.eta_date) > o.promised_date OR coalesce(e.running_late, false)`,
      [from, today]
    )
    return (rows as { ord_no: number; customer_id: string; deliv_addr_id: number | null; promised_date: string; eta_date: string | null; expected_from: string | null; expected_by: string | null }[]).map((row) => ({
      ...row,
      ord_no: Number(row.ord_no),
      deliv_addr_id: row.deliv_addr_id === null ? null : Number(row.deliv_addr_id),
    }))
  }

  /** The module's rows as they are, for a workflow step's compensation (see restoreErpRows). */
  @InjectManager()
  async snapshotErpRows(table: ErpTable, key: string, keys: string[] | number[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<RowSnapshot> {
    return await snapshotRows(this.knex(sharedContext), table, key, keys)
  }

  /** Puts rows back as a snapshot held them: rows added since disappear, rows changed since get their old values. */
  @InjectManager()
  async restoreErpRows(snapshots: RowSnapshot[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    const foreign = snapshots.find((snapshot) => !ERP_TABLES.includes(snapshot.table as ErpTable))
    if (foreign) throw new Error(`${foreign.table} is not a table of the OrderFlow sync module`)
    await restoreRows(this.knex(sharedContext), ...snapshots)
  }

  private knex(sharedContext: Context<SqlEntityManager>): Knex {
    return sharedContext.manager!.getKnex()
  }
}

export default OrderflowSyncModuleService
