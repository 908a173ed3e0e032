import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditCustomerAction } from "../../../../lib/access/audit"
import { billedCustomer } from "../../../../lib/invoices/parties"
import { buildStatement } from "../../../../lib/invoices/build-statement"
import type { StoreGetStatementType } from "./validators"

/** The statement for any range: opening balance, movements with a running balance, closing balance and aging. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetStatementType>, res: MedusaResponse) {
  const { from, to } = req.validatedQuery
  const statement = await buildStatement(req.scope, await billedCustomer(req.scope, req.auth_context.actor_id), from, to)
  await auditCustomerAction(req, { action: "statement.viewed", target_type: "statement", target_id: `${from}..${to}` })
  res.json({ statement })
}
