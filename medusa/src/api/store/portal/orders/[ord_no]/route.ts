import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestInfo } from "../../../../../lib/access/request-info"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { VISIBLE_ORDER } from "../route"

const cents = (column: string) => `round(${column} * 100)::bigint`

/**
 * One of the signed-in customer's orders by its OrderFlow number: header, status timeline, shipments and lines
 * as ordered, with OrderFlow's totals to the cent. Someone else's order, or one outside the visibility windows,
 * is "not found". Every view is written to the audit trail.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ordNo = req.params.ord_no!
  if (!/^\d{1,9}$/.test(ordNo)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "An order number has digits only, like 100195.")
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customerId = req.auth_context.actor_id
  const { rows } = await knex.raw(
    `SELECT o.ord_no, o.order_id, o.status, o.ordered_at, o.status_changed_at, o.cancelled_at, o.po_ref, o.requested_date, o.promised_date, o.notes,
            ${cents("o.sub_total")} AS sub_total_cents, ${cents("o.vat_total")} AS vat_total_cents, ${cents("o.total")} AS total_cents, o.currency_code
       FROM erp_order o WHERE o.ord_no = ? AND o.customer_id = ? AND o.deleted_at IS NULL AND ${VISIBLE_ORDER}`,
    [Number(ordNo), customerId]
  )
  const order = rows[0] as ({ ord_no: number; order_id: string | null; status: string } & Record<string, unknown>) | undefined
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
              ${cents("li.unit_price")} AS unit_price_cents,
              ${cents(`(oi.quantity * li.unit_price - coalesce((SELECT sum(a.amount) FROM order_line_item_adjustment a WHERE a.item_id = li.id AND a.deleted_at IS NULL), 0))`)} AS line_total_cents
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
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "order.viewed",
    customer_id: customerId,
    target_type: "order",
    target_id: String(order.ord_no),
    ...requestInfo(req),
  })
  const number = (value: unknown) => (value === null || value === undefined ? null : Number(value))
  res.json({
    order: {
      ...order,
      sub_total_cents: number(order.sub_total_cents),
      vat_total_cents: number(order.vat_total_cents),
      total_cents: number(order.total_cents),
      delivery_address: address.rows[0] ?? null,
      timeline: history.rows,
      shipments: shipments.rows,
      lines: (lines.rows as Record<string, unknown>[]).map((line) => {
        const quantity = number(line.quantity)!
        const shipped = number(line.quantity_shipped) ?? 0
        return {
          ...line,
          line_no: number(line.line_no),
          quantity,
          quantity_shipped: shipped,
          quantity_back_ordered: ["SH", "DL"].includes(String(order.status)) ? Math.max(0, quantity - shipped) : 0,
          discount_percent: number(line.discount_percent) ?? 0,
          unit_price_cents: number(line.unit_price_cents),
          line_total_cents: number(line.line_total_cents),
        }
      }),
    },
  })
}
