import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestInfo } from "../../../../../lib/access/request-info"
import { assertOrderNumber, loadCustomerOrder } from "../../../../../lib/orders/order-detail"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"

/** One of the signed-in customer's orders by its OrderFlow number (404 for anyone else's); every view is audited. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ordNo = assertOrderNumber(req.params.ord_no)
  const customerId = req.auth_context.actor_id
  const order = await loadCustomerOrder(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), customerId, ordNo)
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({
    action: "order.viewed",
    customer_id: customerId,
    target_type: "order",
    target_id: String(order.ord_no),
    ...requestInfo(req),
  })
  res.json({ order })
}
