import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { accountSummary } from "../../../../lib/invoices/account"

/** The account summary: balance, overdue, credit limit and available credit, money on account, last payment. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  res.json({ account: await accountSummary(knex, req.auth_context.actor_id) })
}
