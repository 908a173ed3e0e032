import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { csvText } from "@portal/integrations/csv"
import { auditCustomerAction } from "../../../../../lib/access/audit"
import { billedCustomer } from "../../../../../lib/invoices/parties"
import { buildStatement } from "../../../../../lib/invoices/build-statement"
import { statementCsvRows } from "../../../../../lib/invoices/statement"
import type { StoreGetStatementType } from "../validators"

/** The statement as CSV: the opening balance, one row per movement with the running balance, the closing balance. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetStatementType>, res: MedusaResponse) {
  const { from, to } = req.validatedQuery
  const customer = await billedCustomer(req.scope, req.auth_context.actor_id)
  const statement = await buildStatement(req.scope, customer, from, to)
  await auditCustomerAction(req, { action: "statement.downloaded", target_type: "statement", target_id: `${from}..${to}` })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="statement-${customer.number}-${from}-${to}.csv"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(csvText(statementCsvRows(statement)))
}
