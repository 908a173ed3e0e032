import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pdfDocumentRenderer } from "@portal/integrations/documents"
import { formatDateTime } from "@portal/integrations/locale"
import { assertDocumentNumber, loadCustomerDocument } from "../../../../../../lib/invoices/documents"
import { wholeAccount } from "../../../../../../lib/access/order-scope"
import { invoiceDocument } from "../../../../../../lib/invoices/invoice-document"
import { billedCustomer } from "../../../../../../lib/invoices/parties"
import { INVOICING_MODULE } from "../../../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../../../modules/invoicing/service"

/**
 * The invoice or credit note PDF for staff: the same template the customer downloads, marked as a staff copy.
 * ?disposition=inline previews it in the admin.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const number = assertDocumentNumber(req.params.number)
  const [invoice] = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).listInvoices({ number }, { select: ["customer_id"], take: 1 })
  const customerId = invoice?.customer_id
  if (!customerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no invoice or credit note ${number}.`)
  const [detail, customer] = await Promise.all([loadCustomerDocument(req.scope, wholeAccount(customerId), number), billedCustomer(req.scope, customerId)])
  const pdf = await pdfDocumentRenderer.render(invoiceDocument(detail, customer), { text: `Staff copy · ${formatDateTime(new Date())} SAST` })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `${req.query.disposition === "inline" ? "inline" : "attachment"}; filename="${number}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
