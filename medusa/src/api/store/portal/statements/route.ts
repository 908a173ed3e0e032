import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"
import { decimalStringToRoundedCents } from "@portal/integrations"

/** The customer's monthly statements, newest first: month, balances, when it was emailed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const stored = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).listStatements(
    { customer_id: req.auth_context.actor_id },
    { select: ["id", "period", "from_date", "to_date", "opening_balance", "closing_balance", "emailed_at", "created_at"], order: { period: "DESC" }, take: 120 }
  )
  res.json({
    statements: stored.map((statement) => ({
      id: statement.id,
      period: statement.period,
      from: statement.from_date,
      to: statement.to_date,
      opening_balance_cents: decimalStringToRoundedCents(String(statement.opening_balance)),
      closing_balance_cents: decimalStringToRoundedCents(String(statement.closing_balance)),
      emailed_at: statement.emailed_at,
      created_at: statement.created_at,
    })),
  })
}
