import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadSellerInsights } from "../../../../lib/insights/seller"

/** Staff's Insights: top customers, orders per day, late deliveries by carrier. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await loadSellerInsights(req.scope))
}
