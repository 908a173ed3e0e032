import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { signDownloadLink } from "../../../../../../lib/invoices/download-links"
import { INVOICING_MODULE } from "../../../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../../../modules/invoicing/service"

/** A short-lived, customer-bound link to one of the customer's stored monthly statements. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const [stored] = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).listStatements({ id: req.params.id, customer_id: customerId }, { select: ["id"] })
  if (!stored) throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no such statement on your account.")
  const { url, expires_at } = signDownloadLink(req.scope, customerId, { kind: "monthly_statement", id: stored.id })
  res.status(201).json({ url, expires_at })
}
