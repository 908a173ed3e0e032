import { getOrdersListWorkflow } from "@medusajs/core-flows"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { orderScope } from "../../../lib/access/order-scope"
import { visibleNativeOrderIds } from "../../../lib/read-models/visible-native-orders"

/**
 * Medusa's stock order list, replaced (a project route overrides the core one at the same path) so that it follows
 * the portal's visibility rule like every other way a customer reaches an order: the same query parameters, fields
 * and answer as Medusa's, limited to the customer's visible orders.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, HttpTypes.StoreOrderFilters>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { skip, take } = req.queryConfig.pagination
  const visibleIds = await visibleNativeOrderIds(req.scope, await orderScope(req))
  if (!visibleIds.length) return res.json({ orders: [], count: 0, offset: skip ?? 0, limit: take ?? 0 })
  const { result } = await getOrdersListWorkflow(req.scope).run({
    input: {
      fields: req.queryConfig.fields,
      variables: {
        filters: { $and: [{ ...req.filterableFields }, { id: visibleIds }], is_draft_order: false, customer_id: customerId },
        ...req.queryConfig.pagination,
      },
    },
  })
  const { rows: orders, metadata } = result as { rows: unknown[]; metadata: { count: number; skip: number; take: number } }
  res.json({ orders, count: metadata.count, offset: metadata.skip, limit: metadata.take })
}
