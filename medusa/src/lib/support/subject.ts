import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { type TicketCategory, type TicketTopic, topicOf } from "@portal/integrations/support"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { orderScope } from "../access/order-scope"
import { portalCan, portalAccessOf } from "../access/portal-access"
import { loadCustomerDocument } from "../invoices/documents"
import { loadCustomerOrder } from "../orders/order-detail"

export interface TicketSubject {
  cust_no: string
  author_name: string
  author_email: string | null
  topic: TicketTopic
  order_no: number | null
  order_line_no: number | null
  order_line_description: string | null
  invoice_number: string | null
}

/**
 * What a new ticket is about, checked against what the person may see: an order (and its line) needs a role that
 * reads orders and the order within their locations; an invoice, a role that reads invoices. Null: not theirs.
 */
export async function ticketSubject(
  req: MedusaRequest,
  wanted: { category: TicketCategory; order_no?: number; order_line_no?: number; invoice_number?: string }
): Promise<TicketSubject | null> {
  const { customerId, personId } = portalAccessOf(req)
  const scope = await orderScope(req)
  let orderNo: number | null = null
  let line: { line_no: number; description: string } | null = null
  let invoiceNumber: string | null = null
  if (wanted.invoice_number) {
    if (!portalCan(req, "invoices.read")) return null
    const document = await loadCustomerDocument(req.scope, scope, wanted.invoice_number).catch(notFoundAsNull)
    if (!document) return null
    invoiceNumber = document.number
    orderNo = document.ord_no ?? null
  }
  if (wanted.order_no) {
    if (!portalCan(req, "orders.read")) return null
    const order = await loadCustomerOrder(req.scope, scope, wanted.order_no).catch(notFoundAsNull)
    if (!order) return null
    if (orderNo !== null && orderNo !== order.ord_no) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invoice ${invoiceNumber} is not for order ${order.ord_no}.`)
    orderNo = order.ord_no
    if (wanted.order_line_no) {
      const found = order.lines.find((candidate) => candidate.line_no === wanted.order_line_no)
      if (!found) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${order.ord_no} has no line ${wanted.order_line_no}.`)
      line = { line_no: found.line_no, description: found.description }
    }
  }
  const [customer, person] = await Promise.all([
    req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["metadata"] }),
    req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.personById(personId),
  ])
  return {
    cust_no: String(customer.metadata?.customer_number ?? ""),
    author_name: person?.full_name || person?.email || "Customer",
    author_email: person?.email ?? null,
    topic: topicOf(wanted.category, { order: Boolean(wanted.order_no), invoice: Boolean(invoiceNumber) }),
    order_no: orderNo,
    order_line_no: line?.line_no ?? null,
    order_line_description: line?.description ?? null,
    invoice_number: invoiceNumber,
  }
}

function notFoundAsNull(error: unknown): null {
  if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) return null
  throw error
}
