import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
// The shape is shared with the storefront, which reads it.
import type { OrderDetail } from "@portal/integrations/order-status"
import { trackShipment, type ShipmentTracking } from "@portal/integrations/tracking"
import { visibleOrder } from "./visibility"
import { sqlCents } from "../sql/fragments"

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** Throws a 400 for anything but an OrderFlow order number. */
export function assertOrderNumber(ordNo: string | undefined): number {
  if (!ordNo || !/^\d{1,9}$/.test(ordNo)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "An order number has digits only, like 100195.")
  return Number(ordNo)
}

/**
 * One of a customer's orders by its OrderFlow number: header, status timeline, shipments with tracking, and lines as
 * ordered with OrderFlow's totals to the cent. Someone else's order, or one outside the visibility windows, is
 * "not found" — the customer filter is part of the query, not a check afterwards.
 */
export async function loadCustomerOrder(knex: Knex, customerId: string, ordNo: number): Promise<OrderDetail> {
  const { rows } = await knex.raw(
    `SELECT o.ord_no, o.order_id, o.status, o.ordered_at, o.status_changed_at, o.cancelled_at, o.po_ref, o.requested_date, o.promised_date, o.notes,
            ${sqlCents("o.sub_total")} AS sub_total_cents, ${sqlCents("o.vat_total")} AS vat_total_cents, ${sqlCents("o.total")} AS total_cents, o.currency_code,
            (SELECT r.reference FROM reorder r WHERE r.erp_ord_no = o.ord_no AND r.customer_id = o.customer_id AND r.deleted_at IS NULL LIMIT 1) AS portal_reference
       FROM erp_order o WHERE o.ord_no = ? AND o.customer_id = ? AND o.deleted_at IS NULL AND ${visibleOrder("o")}`,
    [ordNo, customerId]
  )
  const order = rows[0] as (Omit<OrderDetail, "delivery_address" | "timeline" | "shipments" | "lines"> & Record<string, unknown>) | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${ordNo} was not found among your orders.`)

  const [history, shipments, lines, address] = await Promise.all([
    knex.raw(`SELECT status, changed_at, remark FROM erp_status_change WHERE ord_no = ? AND deleted_at IS NULL ORDER BY changed_at, hist_id`, [order.ord_no]),
    knex.raw(
      `SELECT ship_id, carrier, waybill, shipped_at, eta_date, delivered_at, pod_name FROM erp_shipment WHERE ord_no = ? AND deleted_at IS NULL ORDER BY ship_id`,
      [order.ord_no]
    ),
    knex.raw(
      `SELECT li.title AS description, li.variant_sku AS sku, oi.metadata->>'line_no' AS line_no, oi.metadata->>'uom' AS uom,
              oi.quantity, (oi.metadata->>'qty_shipped')::numeric AS quantity_shipped, (oi.metadata->>'disc_pct')::numeric AS discount_percent,
              ${sqlCents("li.unit_price")} AS unit_price_cents,
              ${sqlCents(`(oi.quantity * li.unit_price - coalesce((SELECT sum(a.amount) FROM order_line_item_adjustment a WHERE a.item_id = li.id AND a.deleted_at IS NULL), 0))`)} AS line_total_cents
         FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id
        WHERE oi.order_id = ? AND oi.deleted_at IS NULL
        ORDER BY (oi.metadata->>'line_no')::int`,
      [order.order_id ?? ""]
    ),
    knex.raw(
      `SELECT a.address_1, a.address_2, a.city, a.province, a.postal_code, a.country_code
         FROM "order" n JOIN order_address a ON a.id = n.shipping_address_id WHERE n.id = ?`,
      [order.order_id ?? ""]
    ),
  ])
  return {
    ...order,
    sub_total_cents: Number(order.sub_total_cents),
    vat_total_cents: Number(order.vat_total_cents),
    total_cents: Number(order.total_cents),
    delivery_address: address.rows[0] ?? null,
    timeline: history.rows,
    shipments: (shipments.rows as Omit<OrderDetail["shipments"][number], keyof ShipmentTracking>[]).map((shipment) => ({
      ...shipment,
      ...trackShipment(shipment.carrier, shipment.waybill),
    })),
    lines: (lines.rows as Record<string, unknown>[]).map((line) => {
      const quantity = Number(line.quantity)
      const shipped = numberOrNull(line.quantity_shipped) ?? 0
      return {
        description: String(line.description),
        sku: (line.sku as string | null) ?? null,
        uom: (line.uom as string | null) ?? null,
        line_no: Number(line.line_no),
        quantity,
        quantity_shipped: shipped,
        quantity_back_ordered: ["SH", "DL"].includes(order.status) ? Math.max(0, quantity - shipped) : 0,
        discount_percent: numberOrNull(line.discount_percent) ?? 0,
        unit_price_cents: Number(line.unit_price_cents),
        line_total_cents: Number(line.line_total_cents),
      }
    }),
  }
}
