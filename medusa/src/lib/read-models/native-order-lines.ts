/**
 * An order's lines as ordered and its delivery address, read from the Order module's tables in two indexed
 * queries: the order page is the portal's most opened page, and query.graph over the same order costs it about
 * 15 ms at the median under the orders bench's load. An integration test (portal-order-detail.spec.ts) holds it
 * equal to the query.graph answer. See visible-native-orders.ts for this folder's rule.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderAddress, OrderLine } from "@portal/integrations/order-status"
import { sqlCents } from "../sql/fragments"

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** The native order's lines (in OrderFlow's line order) and its delivery address. */
export async function nativeOrderLines(
  container: MedusaContainer,
  orderId: string,
  status: string
): Promise<{ lines: OrderLine[]; delivery_address: OrderAddress | null }> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [lines, address] = await Promise.all([
    knex.raw(
      `SELECT li.title AS description, li.variant_sku AS sku, oi.metadata->>'line_no' AS line_no, oi.metadata->>'uom' AS uom,
              oi.quantity, (oi.metadata->>'qty_shipped')::numeric AS quantity_shipped, (oi.metadata->>'disc_pct')::numeric AS discount_percent,
              ${sqlCents("li.unit_price")} AS unit_price_cents,
              ${sqlCents(`(oi.quantity * li.unit_price - coalesce((SELECT sum(a.amount) FROM order_line_item_adjustment a WHERE a.item_id = li.id AND a.deleted_at IS NULL), 0))`)} AS line_total_cents
         FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id
        WHERE oi.order_id = ? AND oi.deleted_at IS NULL
        ORDER BY (oi.metadata->>'line_no')::int`,
      [orderId]
    ),
    knex.raw(
      `SELECT a.address_1, a.address_2, a.city, a.province, a.postal_code, a.country_code
         FROM "order" n JOIN order_address a ON a.id = n.shipping_address_id WHERE n.id = ?`,
      [orderId]
    ),
  ])
  return {
    delivery_address: address.rows[0] ?? null,
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
        quantity_back_ordered: ["SH", "DL"].includes(status) ? Math.max(0, quantity - shipped) : 0,
        discount_percent: numberOrNull(line.discount_percent) ?? 0,
        unit_price_cents: Number(line.unit_price_cents),
        line_total_cents: Number(line.line_total_cents),
      }
    }),
  }
}
