import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"
import type { AdminListErpChangeRequestsType } from "./validators"

/** "Changes to enter in OrderFlow": what customers changed in the portal, oldest pending first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListErpChangeRequestsType>, res: MedusaResponse) {
  const { status, customer_id: customerId, limit, offset } = req.validatedQuery
  const [requests, count] = await req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listAndCountErpChangeRequests(
    { ...(status ? { status } : {}), ...(customerId ? { customer_id: customerId } : {}) },
    { order: { created_at: status === "done" ? "DESC" : "ASC" }, take: limit, skip: offset }
  )
  res.json({ erp_change_requests: requests, count, limit, offset })
}
