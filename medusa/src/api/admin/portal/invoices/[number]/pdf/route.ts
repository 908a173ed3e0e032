import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pdfDocumentRenderer } from "@portal/integrations/documents"
import { formatDateTime } from "@portal/integrations/locale"
import { assertDocumentNumber, loadCustomerDocument } from "../../../../../../lib/invoices/documents"
import { invoiceDocument } from "../../../../../../lib/invoices/invoice-document"
import { billedCustomer } from "../../../../../../lib/invoices/parties"

/**
 * The invoice or credit note PDF for staff: the same template the customer downloads, marked as a staff copy.
 * ?disposition=inline previews it in the admin.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const number = assertDocumentNumber(req.params.number)
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(`SELECT customer_id FROM invoice WHERE number = ? AND deleted_at IS NULL`, [number])
  const customerId = rows[0]?.customer_id as string | undefined
  if (!customerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no invoice or credit note ${number}.`)
  const [detail, customer] = await Promise.all([loadCustomerDocument(knex, customerId, number), billedCustomer(knex, customerId)])
  const pdf = await pdfDocumentRenderer.render(invoiceDocument(detail, customer), { text: `Staff copy · ${formatDateTime(new Date())} SAST` })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `${req.query.disposition === "inline" ? "inline" : "attachment"}; filename="${number}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
