import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listCustomerPayments } from "../../../../lib/invoices/account"
import type { StoreListPortalPaymentsType } from "./validators"

/** The customer's payments, newest first, each with its allocations; reversed payments and their reversals linked. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListPortalPaymentsType>, res: MedusaResponse) {
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { limit, offset } = req.validatedQuery
  res.json({ ...(await listCustomerPayments(knex, req.auth_context.actor_id, { limit, offset })), limit, offset })
}
