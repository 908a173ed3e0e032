import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { decimalStringToRoundedCents } from "@portal/integrations"

/** What staff need to key one reorder into OrderFlow: who, where to, and each line as SKU and quantity. */
export interface ReorderSheet {
  id: string
  reference: string
  status: "awaiting_entry" | "entered"
  created_at: string
  entered_at: string | null
  erp_ord_no: number | null
  source_ord_no: number | null
  po_ref: string | null
  notes: string | null
  cust_no: string
  customer_id: string
  customer_name: string | null
  order_id: string
  shipping_address: string | null
  lines: { sku: string | null; title: string; quantity: number; unit_price_cents: number }[]
  total_cents: number
}

/** The reorders in the staff queue with their lines, oldest first (the order staff key them in); at most `limit`. */
export async function reorderSheets(knex: Knex, filter: { status?: "awaiting_entry" | "entered"; id?: string }, limit = 500): Promise<ReorderSheet[]> {
  const where = ["r.deleted_at IS NULL"]
  const bindings: (string | number)[] = []
  if (filter.status) {
    where.push("r.status = ?")
    bindings.push(filter.status)
  }
  if (filter.id) {
    where.push("r.id = ?")
    bindings.push(filter.id)
  }
  const { rows } = await knex.raw(
    `SELECT r.id, r.reference, r.status, r.created_at, r.entered_at, r.erp_ord_no, r.source_ord_no, r.po_ref, r.notes, r.cust_no, r.customer_id, r.order_id,
            coalesce(nullif(c.company_name, ''), nullif(trim(concat_ws(' ', c.first_name, c.last_name)), '')) AS customer_name,
            concat_ws(', ', a.address_1, a.address_2, a.city, a.postal_code, a.province) AS shipping_address,
            coalesce(json_agg(json_build_object('sku', li.variant_sku, 'title', li.title, 'quantity', oi.quantity::text, 'unit_price', li.unit_price::text)
                     ORDER BY li.created_at, li.id) FILTER (WHERE li.id IS NOT NULL), '[]') AS lines
       FROM reorder r
       JOIN customer c ON c.id = r.customer_id
       JOIN "order" o ON o.id = r.order_id
       LEFT JOIN order_address a ON a.id = o.shipping_address_id
       LEFT JOIN order_item oi ON oi.order_id = o.id AND oi.deleted_at IS NULL
       LEFT JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
      WHERE ${where.join(" AND ")}
      GROUP BY r.id, c.id, a.id
      ORDER BY r.created_at, r.id
      LIMIT ?`,
    [...bindings, limit]
  )
  return (rows as (Omit<ReorderSheet, "lines" | "total_cents"> & { lines: { sku: string | null; title: string; quantity: string; unit_price: string }[] })[]).map((row) => {
    const lines = row.lines.map((line) => ({
      sku: line.sku,
      title: line.title,
      quantity: Number(line.quantity),
      unit_price_cents: decimalStringToRoundedCents(line.unit_price),
    }))
    return { ...row, lines, total_cents: lines.reduce((sum, line) => sum + Math.round(line.quantity * line.unit_price_cents), 0) }
  })
}
