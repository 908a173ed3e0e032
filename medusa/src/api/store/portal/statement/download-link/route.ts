import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { signDownloadLink } from "../../../../../lib/invoices/download-links"
import type { StoreGetStatementType } from "../validators"

/** A short-lived, customer-bound link to the statement PDF for a range. */
export async function POST(req: AuthenticatedMedusaRequest<StoreGetStatementType>, res: MedusaResponse) {
  const { from, to } = req.validatedBody
  const { url, expires_at } = signDownloadLink(req.scope, req.auth_context.actor_id, { kind: "statement", from, to })
  res.status(201).json({ url, expires_at })
}
