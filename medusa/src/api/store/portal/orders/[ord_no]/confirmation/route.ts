import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { downloadWatermark, pdfDocumentRenderer } from "@portal/integrations/documents"
import { greetingName, portalCustomerById } from "../../../../../../lib/access/identifier"
import { auditCustomerAction } from "../../../../../../lib/access/audit"
import { orderScope } from "../../../../../../lib/access/order-scope"
import { orderConfirmationDocument } from "../../../../../../lib/orders/confirmation"
import { assertOrderNumber, loadCustomerOrder } from "../../../../../../lib/orders/order-detail"

/**
 * The order confirmation as a PDF, watermarked with the customer's number, name and the download time, and written
 * to the audit trail. Only the order's owner gets it; anyone else gets the same 404 as for the order itself.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ordNo = assertOrderNumber(req.params.ord_no)
  const customerId = req.auth_context.actor_id
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [order, customer] = await Promise.all([loadCustomerOrder(req.scope, await orderScope(req), ordNo), portalCustomerById(knex, customerId)])
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your customer account was not found.")

  const name = customer.company_name || greetingName(customer) || customer.customer_number
  const pdf = await pdfDocumentRenderer.render(orderConfirmationDocument(order, { ...customer, name }), downloadWatermark({ number: customer.customer_number, name }))
  await auditCustomerAction(req, {
    action: "order.document_downloaded",
    target_type: "order",
    target_id: String(order.ord_no),
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="order-${order.ord_no}-confirmation.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
