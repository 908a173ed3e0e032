import { getOrdersListWorkflow } from "@medusajs/core-flows"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NATIVE_ORDER_WITH_ERP, VISIBLE_NATIVE_ORDER } from "../../../lib/orders/visibility"

/**
 * Medusa's stock order list, replaced (a project route overrides the core one at the same path) so that it follows
 * the portal's visibility rule like every other way a customer reaches an order: the same query parameters, fields
 * and answer as Medusa's, limited to the customer's visible orders.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, HttpTypes.StoreOrderFilters>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { skip, take } = req.queryConfig.pagination
  const { rows } = await req.scope
    .resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    .raw(`SELECT ord.id FROM ${NATIVE_ORDER_WITH_ERP} WHERE ord.customer_id = ? AND ord.deleted_at IS NULL AND ${VISIBLE_NATIVE_ORDER}`, [customerId])
  const visibleIds = (rows as { id: string }[]).map((row) => row.id)
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
