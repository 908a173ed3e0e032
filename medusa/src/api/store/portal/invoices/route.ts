import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listCustomerDocuments } from "../../../../lib/invoices/documents"
import type { StoreListPortalInvoicesType } from "./validators"

/**
 * The signed-in customer's invoices and credit notes, all of them (no 24-month cut-off for financial documents),
 * newest first, filtered by payment status, type, date range and number, with the totals of what the filter lists.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListPortalInvoicesType>, res: MedusaResponse) {
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { limit, offset } = req.validatedQuery
  const listed = await listCustomerDocuments(knex, req.auth_context.actor_id, req.validatedQuery)
  res.json({ ...listed, limit, offset })
}
