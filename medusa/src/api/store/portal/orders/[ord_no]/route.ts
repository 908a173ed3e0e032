import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditCustomerAction } from "../../../../../lib/access/audit"
import { orderScope } from "../../../../../lib/access/order-scope"
import { assertOrderNumber, loadCustomerOrder } from "../../../../../lib/orders/order-detail"

/** One of the signed-in customer's orders by its OrderFlow number (404 for anyone else's); every view is audited. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ordNo = assertOrderNumber(req.params.ord_no)
  const order = await loadCustomerOrder(req.scope, await orderScope(req), ordNo)
  await auditCustomerAction(req, {
    action: "order.viewed",
    target_type: "order",
    target_id: String(order.ord_no),
  })
  res.json({ order })
}
