import { createHash } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ErpAddress, ErpOrder, ErpOrderLine, ErpOrderStatus } from "@portal/integrations/orderflow"
import { scaledToDecimalString } from "@portal/integrations"
import { bulkInsert, type Row } from "../bulk-upsert"
import { newEntityId } from "../entity-id"
import { medusaAddressOf } from "./address"
import { type RowSnapshot, restoreRows, snapshotRows } from "../sql/row-snapshot"

/**
 * Native Medusa orders written straight into the order module's tables, row for row what
 * `orderModule.createOrders` writes (an order, its shipping address, summary, line items, order items, tax lines
 * and discount adjustments). The module's own path persists entity by entity and reaches ~60 orders/s; an ERP
 * import of 200,000 orders needs bulk statements. The integration tests compare both paths' results.
 */

export interface NativeOrderContext {
  regionId: string
  salesChannelId: string
  /** Medusa variant and product per SKU, so imported lines can be reordered later. */
  variants: Record<string, { variantId: string; productId: string; productTitle: string }>
  customerIds: Record<string, string>
  emails: Record<string, string | null>
  addresses: Record<number, ErpAddress>
}

export type MedusaOrderStatus = "pending" | "completed" | "draft" | "canceled"

/** VAT in OrderFlow and in the seeded South African tax region, in percent. */
const VAT_PERCENT = 15n

/** Medusa's own order status for an ERP status: delivered orders are complete, cancelled ones canceled. */
export function medusaStatusOf(status: ErpOrderStatus): MedusaOrderStatus {
  if (status === "DL") return "completed"
  if (status === "CN") return "canceled"
  if (status === "DR") return "draft"
  return "pending"
}

/** A fingerprint of an order's lines: the ERP marks line changes only on the header (quirk 2). */
export function linesHashOf(order: Pick<ErpOrder, "lines">): string {
  return createHash("sha1").update(JSON.stringify(order.lines)).digest("base64url")
}

/** A Medusa bigNumber column pair: the numeric value and its raw twin, from whole 10^-scale units. */
function bigNumber(column: string, units: number | bigint, scale: number): Row {
  const value = scaledToDecimalString(units, scale)
  return { [column]: value, [`raw_${column}`]: { value, precision: 20 } }
}

/** Order item quantities nothing has happened to yet (their raw twins default to zero in the table). */
const ZERO_QUANTITIES: Row = Object.fromEntries(
  ["fulfilled_quantity", "shipped_quantity", "return_requested_quantity", "return_received_quantity", "return_dismissed_quantity", "written_off_quantity"].map((column) => [column, "0"])
)

/**
 * The order summary createOrders stores for an order without payments. Medusa's total is the exact, unrounded sum
 * of each line's (unit price × quantity − discount) plus VAT on it; the discount adjustment makes the first part
 * the ERP's rounded line total, so the total is Σ line totals × 1.15 in 10^-4 rand.
 */
function summaryTotals(lines: ErpOrderLine[]): Row {
  const totalUnits = lines.reduce((sum, line) => sum + BigInt(line.lineTotalCents), 0n) * (100n + VAT_PERCENT)
  const total = scaledToDecimalString(totalUnits, 4)
  const figures: Record<string, string> = {
    paid_total: "0",
    refunded_total: "0",
    transaction_total: "0",
    credit_line_total: "0",
    accounting_total: total,
    pending_difference: total,
    current_order_total: total,
    original_order_total: total,
  }
  return Object.fromEntries(Object.entries(figures).flatMap(([key, value]) => [[key, Number(value)], [`raw_${key}`, { value, precision: 20 }]]))
}

interface LineRows {
  lineItems: Row[]
  orderItems: Row[]
  taxLines: Row[]
  adjustments: Row[]
}

function lineRows(orderId: string, order: ErpOrder, context: NativeOrderContext, into: LineRows): void {
  for (const line of order.lines) {
    const variant = context.variants[line.sku]
    const itemId = newEntityId("ordli")
    const metadata = { line_no: line.lineNo, uom: line.uom, qty_shipped: scaledToDecimalString(line.qtyShippedMilli, 3), disc_pct: line.discBasisPoints / 100 }
    into.lineItems.push({
      id: itemId,
      title: line.descr,
      product_title: variant?.productTitle ?? line.descr,
      variant_sku: line.sku,
      variant_id: variant?.variantId ?? null,
      product_id: variant?.productId ?? null,
      ...bigNumber("unit_price", line.unitPriceCents, 2),
      is_tax_inclusive: false,
      metadata,
    })
    into.orderItems.push({ id: newEntityId("orditem"), order_id: orderId, version: 1, item_id: itemId, ...bigNumber("quantity", line.qtyMilli, 3), ...ZERO_QUANTITIES, metadata })
    into.taxLines.push({ id: newEntityId("ordlitxl"), item_id: itemId, code: "VAT", description: "VAT", ...bigNumber("rate", VAT_PERCENT, 0) })
    // unit price × quantity less this adjustment is exactly the ERP's rounded line total (in 10^-5 rand).
    const discountUnits = line.unitPriceCents * line.qtyMilli - line.lineTotalCents * 1000
    if (discountUnits !== 0) {
      into.adjustments.push({
        id: newEntityId("ordliadj"),
        item_id: itemId,
        code: "ERP-DISCOUNT",
        description: `${line.discBasisPoints / 100} % discount`,
        ...bigNumber("amount", discountUnits, 5),
        is_tax_inclusive: false,
        version: 1,
      })
    }
  }
}

async function insertLines(knex: Knex, rows: LineRows): Promise<void> {
  await bulkInsert(knex, "order_line_item", rows.lineItems)
  await bulkInsert(knex, "order_item", rows.orderItems)
  await bulkInsert(knex, "order_line_item_tax_line", rows.taxLines)
  await bulkInsert(knex, "order_line_item_adjustment", rows.adjustments)
}

/** Creates the native orders for new ERP orders; returns their ids by ERP order number. */
export async function insertNativeOrders(
  knex: Knex,
  orders: { order: ErpOrder; canceledAt: Date | null }[],
  context: NativeOrderContext
): Promise<Map<number, string>> {
  const ids = new Map<number, string>()
  const addresses: Row[] = []
  const headers: Row[] = []
  const summaries: Row[] = []
  const lines: LineRows = { lineItems: [], orderItems: [], taxLines: [], adjustments: [] }
  for (const { order, canceledAt } of orders) {
    const orderId = newEntityId("order")
    ids.set(order.ordNo, orderId)
    const address = order.deliveryAddrId ? context.addresses[order.deliveryAddrId] : undefined
    const addressId = address ? newEntityId("ordaddr") : null
    if (address) addresses.push({ id: addressId, ...medusaAddressOf(address) })
    headers.push({
      id: orderId,
      region_id: context.regionId,
      sales_channel_id: context.salesChannelId,
      customer_id: context.customerIds[order.custNo] ?? null,
      email: context.emails[order.custNo] ?? null,
      currency_code: order.currency.toLowerCase(),
      status: medusaStatusOf(order.status),
      no_notification: true,
      shipping_address_id: addressId,
      // The ERP's own status rides along, so the owner sees every ERP step through the stock store API too.
      metadata: { ord_no: order.ordNo, source: "orderflow", po_ref: order.poRef, erp_status: order.status },
      custom_display_id: String(order.ordNo),
      created_at: order.orderedAt,
      canceled_at: canceledAt,
    })
    summaries.push({ id: newEntityId("ordsum"), order_id: orderId, version: 1, totals: summaryTotals(order.lines) })
    lineRows(orderId, order, context, lines)
  }
  await bulkInsert(knex, "order_address", addresses)
  await bulkInsert(knex, "order", headers)
  await bulkInsert(knex, "order_summary", summaries)
  await insertLines(knex, lines)
  return ids
}

/**
 * Removes native orders insertNativeOrders created, row for row what it wrote (lines, summary, order, address):
 * the undo of an import page, inside the caller's transaction.
 */
export async function deleteNativeOrders(knex: Knex, orderIds: string[]): Promise<void> {
  if (orderIds.length === 0) return
  await deleteNativeOrderLines(knex, orderIds)
  await knex.raw(`DELETE FROM order_summary WHERE order_id = ANY(?)`, [orderIds])
  const { rows } = await knex.raw(`DELETE FROM "order" WHERE id = ANY(?) RETURNING shipping_address_id`, [orderIds])
  const addressIds = (rows as { shipping_address_id: string | null }[]).map((row) => row.shipping_address_id).filter((id): id is string => Boolean(id))
  if (addressIds.length) await knex.raw(`DELETE FROM order_address WHERE id = ANY(?)`, [addressIds])
}

/** Rewrites the lines (and the summary) of orders whose lines changed in the ERP after they were imported. */
async function deleteNativeOrderLines(knex: Knex, orderIds: string[]): Promise<void> {
  const itemIds = `SELECT item_id FROM order_item WHERE order_id = ANY(?)`
  await knex.raw(`DELETE FROM order_line_item_tax_line WHERE item_id IN (${itemIds})`, [orderIds])
  await knex.raw(`DELETE FROM order_line_item_adjustment WHERE item_id IN (${itemIds})`, [orderIds])
  const { rows } = await knex.raw(`DELETE FROM order_item WHERE order_id = ANY(?) RETURNING item_id`, [orderIds])
  await knex.raw(`DELETE FROM order_line_item WHERE id = ANY(?)`, [(rows as { item_id: string }[]).map((row) => row.item_id)])
}

export async function replaceNativeOrderLines(knex: Knex, orders: { orderId: string; order: ErpOrder }[], context: NativeOrderContext): Promise<void> {
  if (orders.length === 0) return
  await deleteNativeOrderLines(
    knex,
    orders.map(({ orderId }) => orderId)
  )
  const lines: LineRows = { lineItems: [], orderItems: [], taxLines: [], adjustments: [] }
  for (const { orderId, order } of orders) lineRows(orderId, order, context, lines)
  await insertLines(knex, lines)
  await knex.raw(
    `UPDATE order_summary s SET totals = u.totals, updated_at = now() FROM json_to_recordset(?::json) AS u(order_id text, totals jsonb) WHERE s.order_id = u.order_id`,
    [JSON.stringify(orders.map(({ orderId, order }) => ({ order_id: orderId, totals: summaryTotals(order.lines) })))]
  )
}

/** Moves native orders to the Medusa status of their new ERP status (backwards too) and records the ERP status. */
export async function updateNativeOrderStatuses(knex: Knex, updates: { orderId: string; status: ErpOrderStatus; canceledAt: Date | null }[]): Promise<void> {
  if (updates.length === 0) return
  await knex.raw(
    `UPDATE "order" o SET status = u.status::order_status_enum, canceled_at = u.canceled_at, updated_at = now(),
            metadata = coalesce(o.metadata, '{}'::jsonb) || jsonb_build_object('erp_status', u.erp_status)
       FROM json_to_recordset(?::json) AS u(id text, status text, erp_status text, canceled_at timestamptz) WHERE o.id = u.id`,
    [JSON.stringify(updates.map((update) => ({ id: update.orderId, status: medusaStatusOf(update.status), erp_status: update.status, canceled_at: update.canceledAt })))]
  )
}

/** Native orders as they were before an import page moved their status or rewrote their lines (see restoreNativeOrders). */
export interface NativeOrdersSnapshot {
  orders: RowSnapshot
  summaries: RowSnapshot
  lines: { orderIds: string[]; lineItems: RowSnapshot; orderItems: RowSnapshot; taxLines: RowSnapshot; adjustments: RowSnapshot }
}

/** What restoreNativeOrders needs to undo a page: the status of `statusOf`, and the lines and totals of `linesOf`. */
export async function snapshotNativeOrders(knex: Knex, statusOf: string[], linesOf: string[]): Promise<NativeOrdersSnapshot> {
  const orderItems = await snapshotRows(knex, "order_item", "order_id", linesOf)
  const itemIds = orderItems.rows.map((row) => String((JSON.parse(row) as { item_id: string }).item_id))
  return {
    orders: await snapshotRows(knex, "order", "id", statusOf),
    summaries: await snapshotRows(knex, "order_summary", "order_id", linesOf),
    lines: {
      orderIds: linesOf,
      lineItems: await snapshotRows(knex, "order_line_item", "id", itemIds),
      orderItems,
      taxLines: await snapshotRows(knex, "order_line_item_tax_line", "item_id", itemIds),
      adjustments: await snapshotRows(knex, "order_line_item_adjustment", "item_id", itemIds),
    },
  }
}

/** Gives native orders back the status, lines and totals a snapshot held (their rows stay; only those fields move). */
export async function restoreNativeOrders(knex: Knex, snapshot: NativeOrdersSnapshot): Promise<void> {
  if (snapshot.orders.rows.length > 0) {
    await knex.raw(
      `UPDATE "order" o SET status = u.status, canceled_at = u.canceled_at, metadata = u.metadata, updated_at = u.updated_at
         FROM jsonb_populate_recordset(NULL::"order", ?::jsonb) u WHERE o.id = u.id`,
      [`[${snapshot.orders.rows.join(",")}]`]
    )
  }
  if (snapshot.lines.orderIds.length === 0) return
  await deleteNativeOrderLines(knex, snapshot.lines.orderIds)
  // Parents before children: an order item points at its line item, tax lines and adjustments at the line.
  await restoreRows(knex, snapshot.lines.lineItems, snapshot.lines.orderItems, snapshot.lines.taxLines, snapshot.lines.adjustments)
  await knex.raw(
    `UPDATE order_summary s SET totals = u.totals, updated_at = u.updated_at FROM jsonb_populate_recordset(NULL::order_summary, ?::jsonb) u WHERE s.id = u.id`,
    [`[${snapshot.summaries.rows.join(",")}]`]
  )
}
