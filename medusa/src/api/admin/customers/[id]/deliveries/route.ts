import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wholeAccount } from "../../../../../lib/access/order-scope"
import { ORDERFLOW_SYNC_MODULE } from "../../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../../modules/orderflow-sync/service"

const WINDOW_DAYS = 90

/** A customer's on-time score (last 90 days) and its open orders now expected after the promised day, for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sync = req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const to = new Date()
  const [onTime, runningLate] = await Promise.all([
    sync.onTimeScore(wholeAccount(req.params.id!), new Date(to.getTime() - WINDOW_DAYS * 86_400_000), to),
    sync.runningLateCount(req.params.id!),
  ])
  res.json({ on_time: { ...onTime, days: WINDOW_DAYS }, running_late: runningLate })
}
