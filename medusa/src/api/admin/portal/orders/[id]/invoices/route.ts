import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { johannesburgDay } from "@portal/integrations/locale"
import { customerDocumentsSql, toDocumentSummary } from "../../../../../../lib/invoices/documents"

/** The invoices and credit notes OrderFlow issued for an order, with their payment status (admin order widget). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: orders } = await knex.raw(`SELECT ord_no, customer_id FROM erp_order WHERE order_id = ? AND deleted_at IS NULL`, [req.params.id])
  const order = orders[0] as { ord_no: number; customer_id: string } | undefined
  if (!order) return res.json({ ord_no: null, invoices: [] })
  const { rows } = await knex.raw(`SELECT * FROM (${customerDocumentsSql()}) d WHERE d.ord_no = :ordNo ORDER BY d.issue_date, d.number`, {
    customerId: order.customer_id,
    today: johannesburgDay(),
    ordNo: order.ord_no,
  })
  res.json({ ord_no: order.ord_no, invoices: (rows as Record<string, unknown>[]).map(toDocumentSummary) })
}
