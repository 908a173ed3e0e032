import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accountSummary } from "../../../../lib/invoices/account"

/** The account summary: balance, overdue, credit limit and available credit, money on account, last payment. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ account: await accountSummary(req.scope, req.auth_context.actor_id) })
}
