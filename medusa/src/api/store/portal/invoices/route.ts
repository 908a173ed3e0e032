import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"
import { orderNumbersInScope, orderScope } from "../../../../lib/access/order-scope"
import type { StoreListPortalInvoicesType } from "./validators"

/**
 * The signed-in customer's invoices and credit notes, all of them (no 24-month cut-off for financial documents),
 * newest first, filtered by payment status, type, date range and number, with the totals of what the filter lists.
 * A person limited to some delivery addresses sees the documents of the orders delivered there.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListPortalInvoicesType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const scope = await orderScope(req)
  const listed = await req.scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listCustomerDocuments(scope.customerId, { ...req.validatedQuery, order_numbers: await orderNumbersInScope(req.scope, scope) })
  res.json({ ...listed, limit, offset })
}
