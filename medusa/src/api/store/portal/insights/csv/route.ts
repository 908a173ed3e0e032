import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { centsToDecimalString } from "@portal/integrations"
import { csvText } from "@portal/integrations/csv"
import type { SpendingInsights } from "@portal/integrations/insights"
import { auditCustomerAction } from "../../../../../lib/access/audit"
import { orderScope } from "../../../../../lib/access/order-scope"
import { loadSpendingInsights } from "../../../../../lib/insights/spending"
import { type StoreGetInsightsCsvType, chosenPeriod } from "../validators"

const rand = centsToDecimalString

/** One Insights table as CSV rows: the period's figure beside the previous period's, rand with two decimals. */
function rowsOf(insights: SpendingInsights, table: string): string[][] {
  switch (table) {
    case "months":
      return [
        ["Month", "Invoiced excl. VAT", "Credited excl. VAT", "Net spend excl. VAT", "Invoices", "Month a period earlier", "Net spend then"],
        ...insights.months.map((m) => [m.month, rand(m.invoiced_cents), rand(m.credited_cents), rand(m.net_cents), String(m.invoices), m.previous_month, rand(m.previous_net_cents)]),
      ]
    case "products":
      return [["Product", "SKU", "Net spend excl. VAT", "Previous period"], ...insights.products.map((p) => [p.label, p.sku === "*" ? "" : p.sku, rand(p.net_cents), rand(p.previous_net_cents)])]
    case "groups":
      return [["Product group", "Net spend excl. VAT", "Previous period"], ...insights.groups.map((g) => [g.group, rand(g.net_cents), rand(g.previous_net_cents)])]
    default:
      return [["Delivery location", "Net spend excl. VAT", "Previous period", "Invoices"], ...insights.locations.map((l) => [l.label, rand(l.net_cents), rand(l.previous_net_cents), String(l.invoices)])]
  }
}

/** An Insights table (months, products, groups or locations) for the period, as a CSV download. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetInsightsCsvType>, res: MedusaResponse) {
  const { from, to } = chosenPeriod(req.validatedQuery)
  const { table } = req.validatedQuery
  const insights = await loadSpendingInsights(req.scope, await orderScope(req), from, to)
  await auditCustomerAction(req, { action: "export.downloaded", target_type: "insights", target_id: `${table}:${from}..${to}` })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="spending-${table}-${from}-${to}.csv"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(csvText(rowsOf(insights, table)))
}
