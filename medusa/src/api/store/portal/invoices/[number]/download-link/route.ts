import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderScope } from "../../../../../../lib/access/order-scope"
import { assertDocumentNumber, loadCustomerDocument } from "../../../../../../lib/invoices/documents"
import { signDownloadLink } from "../../../../../../lib/invoices/download-links"

/** A short-lived download link for the invoice or credit note's PDF, bound to the signed-in customer. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const number = assertDocumentNumber(req.params.number)
  // Someone else's or an unknown number: the same 404 as the document itself, before any link exists.
  await loadCustomerDocument(req.scope, await orderScope(req), number)
  const { url, expires_at } = signDownloadLink(req.scope, req.auth_context.actor_id, { kind: "invoice", number })
  res.status(201).json({ url, expires_at })
}
