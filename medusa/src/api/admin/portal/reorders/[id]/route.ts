import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reorderSheets } from "../../../../../lib/orders/reorder-sheets"

/** One reorder's order sheet, for staff to print and key into OrderFlow. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [reorder] = await reorderSheets(req.scope, { id: req.params.id! }, 1)
  if (!reorder) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reorder ${req.params.id} was not found.`)
  res.json({ reorder })
}
