import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderScope } from "../../../../lib/access/order-scope"
import { loadSpendingInsights } from "../../../../lib/insights/spending"
import { type StoreGetInsightsType, chosenPeriod } from "./validators"

/** What the account spent by month, product, product group and location over a period, against the one before. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetInsightsType>, res: MedusaResponse) {
  const { from, to } = chosenPeriod(req.validatedQuery)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ insights: await loadSpendingInsights(req.scope, await orderScope(req), from, to) })
}
