import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderNumbersInScope, orderScope } from "../../../../lib/access/order-scope"
import { portalCan } from "../../../../lib/access/portal-access"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../modules/orderflow-sync/service"
import type { StorePortalSearchType } from "./validators"

/** Invoice and credit note numbers are short: a longer search cannot be one. */
const LONGEST_DOCUMENT_SEARCH = 40

/**
 * The header's search over the account in one call: its orders (number, PO reference, product) and its invoices and
 * credit notes (number, order number), each the same query as its own list page, so the account, the person's
 * locations and the visibility rules apply as there. A group the person's role does not read is null.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePortalSearchType>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery
  const scope = await orderScope(req)
  const [orders, invoices] = await Promise.all([
    portalCan(req, "orders.read")
      ? req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listCustomerOrders(scope, { q, status: "all", sort: "date", order: "desc", limit, offset: 0 })
      : null,
    portalCan(req, "invoices.read") && q.length <= LONGEST_DOCUMENT_SEARCH
      ? orderNumbersInScope(req.scope, scope).then((orderNumbers) =>
          req.scope
            .resolve<InvoicingModuleService>(INVOICING_MODULE)
            .listCustomerDocuments(scope.customerId, { q, status: "all", type: "all", include_void: false, limit, offset: 0, order_numbers: orderNumbers })
        )
      : null,
  ])
  res.json({ orders, invoices: invoices && { documents: invoices.documents, count: invoices.count } })
}
