import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderScope } from "../../../../../../lib/access/order-scope"
import { requestInfo } from "../../../../../../lib/access/request-info"
import { assertOrderNumber } from "../../../../../../lib/orders/order-detail"
import { createReorderCartWorkflow } from "../../../../../../workflows/reorder/create-reorder-cart"
import type { StoreReorderType } from "./validators"

/** Puts an order's lines (all, or the chosen ones) into a new cart at today's prices, saying which were left out. */
export async function POST(req: AuthenticatedMedusaRequest<StoreReorderType>, res: MedusaResponse) {
  const ordNo = assertOrderNumber(req.params.ord_no)
  const salesChannelId = req.publishable_key_context?.sales_channel_ids[0]
  if (!salesChannelId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The storefront's publishable key has no sales channel.")
  const { customerId, deliveredTo } = await orderScope(req)
  const { result } = await createReorderCartWorkflow(req.scope).run({
    input: { customer_id: customerId, delivered_to: deliveredTo, ord_no: ordNo, line_nos: req.validatedBody.line_nos, sales_channel_id: salesChannelId, origin: requestInfo(req) },
  })
  res.status(201).json(result)
}
