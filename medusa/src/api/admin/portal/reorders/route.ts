import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reorderSheets } from "../../../../lib/orders/reorder-sheets"
import type { AdminListReordersType } from "./validators"

/** The staff queue: reorders placed in the portal that wait to be keyed into OrderFlow (or were, lately). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReordersType>, res: MedusaResponse) {
  const reorders = await reorderSheets(req.scope, { status: req.validatedQuery.status })
  res.json({ reorders })
}
