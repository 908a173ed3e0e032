/**
 * Read models that join several modules' tables in one query, for speed, live in this folder and nowhere else; each
 * has an integration test that its answer equals the same read made with query.graph over the links in src/links.
 *
 * Which of a customer's native Medusa orders they may reach through Medusa's stock order routes: the Order module's
 * `order` LEFT JOIN the OrderFlow sync module's `erp_order` (the erp-order → order link), in one query because the
 * stock list filters by it on every request. An order OrderFlow does not know yet (a reorder waiting for staff to
 * key it in) follows the 24-month window; an imported one follows the ERP visibility rule (erp_order.visible_until).
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CustomerOrderScope } from "../../modules/orderflow-sync/repositories/order-history"
import { visibleOrder } from "../orders/visibility"

// A person limited to some delivery addresses (:deliveredTo not null) sees the imported orders delivered there only.
const VISIBLE_NATIVE_ORDERS = `SELECT ord.id FROM "order" ord LEFT JOIN erp_order o ON o.order_id = ord.id AND o.deleted_at IS NULL
  WHERE ord.customer_id = :customerId AND ord.deleted_at IS NULL
    AND (CASE WHEN o.id IS NULL THEN ord.created_at > now() - interval '24 months' ELSE ${visibleOrder("o")} END)
    AND (:deliveredTo::int[] IS NULL OR o.deliv_addr_id = ANY(:deliveredTo::int[]))`

const knexOf = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** The ids of the customer's native orders they may see today. */
export async function visibleNativeOrderIds(container: MedusaContainer, scope: CustomerOrderScope): Promise<string[]> {
  const { rows } = await knexOf(container).raw(VISIBLE_NATIVE_ORDERS, { customerId: scope.customerId, deliveredTo: scope.deliveredTo })
  return (rows as { id: string }[]).map((row) => row.id)
}

/** Whether this native order is the customer's and one they may see today. */
export async function isVisibleNativeOrder(container: MedusaContainer, orderId: string, scope: CustomerOrderScope | null): Promise<boolean> {
  if (!scope) return false
  const { rows } = await knexOf(container).raw(`SELECT 1 FROM (${VISIBLE_NATIVE_ORDERS}) visible WHERE visible.id = :orderId`, {
    customerId: scope.customerId,
    deliveredTo: scope.deliveredTo,
    orderId,
  })
  return rows.length > 0
}
