import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDERFLOW_SYNC_MODULE } from "../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../modules/orderflow-sync/service"

/**
 * Staff mark a credit note or redelivery done once keyed into OrderFlow (the sync cannot tell); customer changes
 * are marked done by the sync when OrderFlow shows them.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sync = req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const request = await sync.retrieveErpChangeRequest(req.params.id!, { select: ["id", "kind", "status"] })
  if (request.kind !== "credit_note" && request.kind !== "redelivery") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Customer changes are marked done by the sync when OrderFlow shows them.")
  }
  const [updated] = await sync.updateErpChangeRequests([{ id: request.id, status: "done" as const, done_at: new Date() }])
  res.json({ erp_change_request: updated })
}
