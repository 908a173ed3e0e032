import { ORDER_STATUS_GROUPS, type OrderSummary } from "@portal/integrations/order-status"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { visibleOrder } from "../../../../lib/orders/visibility"
import type { StoreListPortalOrdersType } from "./validators"
import { sqlCents } from "../../../../lib/sql/fragments"

const SORT = { date: "o.ordered_at", total: "o.total" } as const

/**
 * The signed-in customer's order history, one page at a time: searchable by order number, PO reference or product
 * (SKU or description), filterable by status group and date range (Johannesburg days), sorted by date or total.
 * One indexed query for the page and one for the count; never the whole history.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListPortalOrdersType>, res: MedusaResponse) {
  const { q, status, from, to, sort, order, limit, offset } = req.validatedQuery
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const where: string[] = ["o.customer_id = ?", "o.deleted_at IS NULL", visibleOrder("o")]
  const bindings: (string | number | string[])[] = [req.auth_context.actor_id]
  if (status !== "all") {
    where.push("o.status = ANY(?)")
    bindings.push([...ORDER_STATUS_GROUPS[status]])
  }
  if (from) {
    where.push(`o.ordered_at >= (?::date)::timestamp AT TIME ZONE 'Africa/Johannesburg'`)
    bindings.push(from)
  }
  if (to) {
    where.push(`o.ordered_at < ((?::date + 1)::timestamp AT TIME ZONE 'Africa/Johannesburg')`)
    bindings.push(to)
  }
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
    where.push(`(o.ord_no::text = ? OR o.po_ref ILIKE ? OR o.line_search LIKE ?)`)
    bindings.push(q.replace(/^\D+/, ""), like, like.toLowerCase())
  }
  const filter = where.join(" AND ")
  const [page, counted] = await Promise.all([
    knex.raw(
      `SELECT o.ord_no, o.order_id, o.status, o.ordered_at, o.po_ref, o.promised_date, ${sqlCents("o.total")} AS total_cents, o.currency_code,
              (SELECT s.eta_date FROM erp_shipment s WHERE s.ord_no = o.ord_no AND s.deleted_at IS NULL ORDER BY s.ship_id DESC LIMIT 1) AS eta_date
         FROM erp_order o WHERE ${filter}
        ORDER BY ${SORT[sort]} ${order === "asc" ? "ASC" : "DESC"}, o.ord_no ${order === "asc" ? "ASC" : "DESC"}
        LIMIT ? OFFSET ?`,
      [...bindings, limit, offset]
    ),
    knex.raw(`SELECT count(*)::int AS count FROM erp_order o WHERE ${filter}`, bindings),
  ])
  const orders: OrderSummary[] = (page.rows as (Omit<OrderSummary, "total_cents"> & { total_cents: string })[]).map((row) => ({ ...row, total_cents: Number(row.total_cents) }))
  res.json({ orders, count: counted.rows[0].count as number, limit, offset })
}
