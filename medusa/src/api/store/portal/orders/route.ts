import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDERFLOW_SYNC_MODULE } from "../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../modules/orderflow-sync/service"
import { orderScope } from "../../../../lib/access/order-scope"
import type { StoreListPortalOrdersType } from "./validators"

/** The signed-in customer's order history, one page at a time (searched, filtered and sorted by the query). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListPortalOrdersType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const sync = req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const { orders, count } = await sync.listCustomerOrders(await orderScope(req), req.validatedQuery)
  res.json({ orders, count, limit, offset })
}
