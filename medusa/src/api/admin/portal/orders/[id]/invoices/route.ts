import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../../../modules/orderflow-sync/service"

/** The invoices and credit notes OrderFlow issued for an order, with their payment status (admin order widget). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [order] = await req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpOrders({ order_id: req.params.id }, { select: ["ord_no", "customer_id"], take: 1 })
  if (!order) return res.json({ ord_no: null, invoices: [] })
  const invoices = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).listOrderDocuments(order.customer_id, order.ord_no)
  res.json({ ord_no: order.ord_no, invoices })
}
