import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ErpOrderStatus } from "@portal/integrations/orderflow"
import { ORDER_STATUS_GROUPS, stageOf, type OrderStage } from "@portal/integrations/order-status"
import { visibleOrder } from "../../../../lib/orders/visibility"
import { sqlCents } from "../../../../lib/sql/fragments"

const RECENT_ORDERS = 5
const RECENT_CHANGES = 8

/**
 * The account home in one call: active orders by stage, the most recent orders, the latest order to reorder, and the
 * customer's recent order status changes (the notifications panel), newest first. Small indexed queries only.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customerId = req.auth_context.actor_id
  const [byStatus, recent, changes] = await Promise.all([
    knex.raw(
      `SELECT o.status, count(*)::int AS count FROM erp_order o
        WHERE o.customer_id = ? AND o.deleted_at IS NULL AND o.status = ANY(?) AND ${visibleOrder("o")}
        GROUP BY o.status`,
      [customerId, [...ORDER_STATUS_GROUPS.active]]
    ),
    knex.raw(
      `SELECT o.ord_no, o.status, o.ordered_at, o.po_ref, o.promised_date, ${sqlCents("o.total")} AS total_cents
         FROM erp_order o WHERE o.customer_id = ? AND o.deleted_at IS NULL AND o.status <> 'DR' AND ${visibleOrder("o")}
        ORDER BY o.ordered_at DESC, o.ord_no DESC LIMIT ?`,
      [customerId, RECENT_ORDERS]
    ),
    knex.raw(
      `SELECT c.ord_no, c.status, c.changed_at, c.remark, o.po_ref
         FROM erp_order o JOIN LATERAL (
              SELECT s.ord_no, s.status, s.changed_at, s.remark FROM erp_status_change s
               WHERE s.ord_no = o.ord_no AND s.deleted_at IS NULL ORDER BY s.changed_at DESC LIMIT ?) c ON true
        WHERE o.customer_id = ? AND o.deleted_at IS NULL AND o.status_changed_at >= now() - interval '60 days' AND ${visibleOrder("o")}
        ORDER BY c.changed_at DESC, c.ord_no DESC LIMIT ?`,
      [RECENT_CHANGES, customerId, RECENT_CHANGES]
    ),
  ])
  const stages: Record<Exclude<OrderStage, "delivered">, number> & { on_hold: number } = { pending: 0, processing: 0, shipped: 0, on_hold: 0 }
  for (const row of byStatus.rows as { status: ErpOrderStatus; count: number }[]) {
    const stage = stageOf(row.status)
    if (row.status === "HD") stages.on_hold += row.count
    else if (stage && stage !== "delivered") stages[stage] += row.count
  }
  const recentOrders = (recent.rows as ({ status: ErpOrderStatus } & Record<string, unknown>)[]).map((row) => ({ ...row, total_cents: Number(row.total_cents) }))
  res.json({
    stages,
    recent_orders: recentOrders,
    last_order: recentOrders.find((order) => order.status !== "CN") ?? null,
    status_changes: changes.rows,
  })
}
