import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderScope } from "../../../../../lib/access/order-scope"
import { ORDERFLOW_SYNC_MODULE } from "../../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../../modules/orderflow-sync/service"

/** Over the last 90 days. */
const WINDOW_DAYS = 90

/** The account's on-time score: the share of its deliveries of the last 90 days that arrived by the promised day. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const to = new Date()
  const from = new Date(to.getTime() - WINDOW_DAYS * 86_400_000)
  const score = await req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).onTimeScore(await orderScope(req), from, to)
  res.json({ on_time: { ...score, days: WINDOW_DAYS } })
}
