import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stageOf, type OrderStage } from "@portal/integrations/order-status"
import { orderScope } from "../../../../lib/access/order-scope"
import { portalAccessOf, portalCan } from "../../../../lib/access/portal-access"
import { listInbox } from "../../../../lib/notifications/inbox"
import { ORDERFLOW_SYNC_MODULE } from "../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../modules/orderflow-sync/service"

const RECENT_ORDERS = 5
const RECENT_CHANGES = 8

/**
 * The account home in one call: active orders by stage, the most recent orders, the latest order to reorder, and the
 * "Order updates" card: the person's own order notifications (the inbox's records), newest first, and the account's
 * recent status changes from OrderFlow's history for a card that has no notifications yet (history is not news).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // The home page is everyone's; its order sections only for roles that read orders (Accounts people see none).
  if (!portalCan(req, "orders.read")) return res.json({ stages: null, recent_orders: [], last_order: null, status_changes: [], updates: [] })
  const sync = req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const [{ byStatus, recent, changes }, updates] = await Promise.all([
    sync.customerDashboard(await orderScope(req), { recentOrders: RECENT_ORDERS, recentChanges: RECENT_CHANGES }),
    listInbox(req.scope, portalAccessOf(req).membershipId, { categories: ["order_updates", "deliveries"], unreadOnly: false, limit: RECENT_CHANGES, offset: 0 }),
  ])
  const stages: Record<Exclude<OrderStage, "delivered">, number> & { on_hold: number } = { pending: 0, processing: 0, shipped: 0, on_hold: 0 }
  for (const row of byStatus) {
    const stage = stageOf(row.status)
    if (row.status === "HD") stages.on_hold += row.count
    else if (stage && stage !== "delivered") stages[stage] += row.count
  }
  res.json({
    stages,
    recent_orders: recent,
    last_order: recent.find((order) => order.status !== "CN") ?? null,
    status_changes: changes,
    updates: updates.notifications,
  })
}
