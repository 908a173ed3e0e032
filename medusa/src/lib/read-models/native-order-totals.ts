/**
 * Per OrderFlow customer number, the total of the native Medusa orders made from their OrderFlow orders, in cents
 * (each order rounded to the cent, as the ERP rounds VAT per order): reconciliation's "Medusa order totals". The
 * OrderFlow sync module's `erp_order` joined with the Order module's `order_summary` in one grouped query, because
 * it covers every imported order (200,000 on the bench dataset) every night. An integration test
 * (orderflow-sync.spec.ts) holds it equal to the same sums through query.graph. See visible-native-orders.ts for
 * this folder's rule.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export async function nativeOrderTotalsByCustomerNumber(container: MedusaContainer): Promise<Map<string, number>> {
  const { rows } = await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION).raw(
    `SELECT e.cust_no, coalesce(sum(round((s.totals -> 'raw_current_order_total' ->> 'value')::numeric, 2) * 100), 0)::bigint::text AS cents
       FROM erp_order e JOIN order_summary s ON s.order_id = e.order_id AND s.deleted_at IS NULL
      WHERE e.deleted_at IS NULL GROUP BY e.cust_no`
  )
  return new Map((rows as { cust_no: string; cents: string }[]).map((row) => [row.cust_no, Number(row.cents)]))
}
