import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderNumbersInScope, orderScope } from "../../../../lib/access/order-scope"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { requestInfo } from "../../../../lib/access/request-info"
import { assertDeliversToLocations } from "../../../../lib/orders/delivery-locations"
import { REORDER_MODULE } from "../../../../modules/reorder"
import type ReorderModuleService from "../../../../modules/reorder/service"
import { submitReorderWorkflow } from "../../../../workflows/reorder/submit-reorder"
import type { StoreSubmitReorderType } from "./validators"

const FIELDS = ["id", "reference", "status", "source_ord_no", "po_ref", "erp_ord_no", "created_at", "entered_at"]

/**
 * The customer's reorders that staff have not yet keyed into OrderFlow. Once the sync finds the OrderFlow order, the
 * reorder leaves this list and the customer follows it as that order: one order, not two.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // A person limited to some delivery addresses sees the reorders of orders delivered there.
  const scope = await orderScope(req)
  const sources = await orderNumbersInScope(req.scope, scope)
  const reorders = await req.scope
    .resolve<ReorderModuleService>(REORDER_MODULE)
    .listReorders(
      { customer_id: scope.customerId, status: "awaiting_entry", ...(sources ? { source_ord_no: sources } : {}) },
      { select: FIELDS, order: { created_at: "DESC" }, take: 50 }
    )
  res.json({ reorders })
}

/** Submits the customer's reviewed reorder cart: it waits for staff to key it into OrderFlow under its WEB- reference. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSubmitReorderType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { cart_id, po_ref, notes } = req.validatedBody
  const { locationIds } = portalAccessOf(req)
  if (locationIds) await assertDeliversToLocations(req.scope, customerId, locationIds, cart_id)
  const { result } = await submitReorderWorkflow(req.scope).run({
    input: { customer_id: customerId, cart_id, po_ref: po_ref || null, notes: notes || null, origin: requestInfo(req) },
  })
  res.status(201).json({ reorder: { id: result.id, reference: result.reference, status: result.status, source_ord_no: result.source_ord_no, po_ref: result.po_ref } })
}
