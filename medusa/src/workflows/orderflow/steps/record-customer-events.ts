import type { ErpOrderStatus, ErpShipment } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { documentEvents, orderEvents, paymentEvents, shipmentEvents, type OrderPlace } from "../../../lib/notifications/plan-events"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../../modules/customer-notifications"
import type { CustomerEventInput } from "../../../modules/customer-notifications/repositories/customer-event-outbox"
import type CustomerNotificationsModuleService from "../../../modules/customer-notifications/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"
import type { ImportErpOrdersInput } from "./import-erp-orders"
import type { UpsertDocumentsInput } from "./upsert-invoicing-documents"
import type { UpsertPaymentsInput } from "./upsert-invoicing-payments"

/*
 * Each import workflow records what its page will tell customers before it applies the page, comparing the page with
 * what the portal has now. Recording is idempotent (kind, entity, version): a page re-read after a crash or by the
 * overlap window records nothing new, and the dispatcher tells people only once it sees the change applied.
 */

const notificationsOf = (container: MedusaContainer) => container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE)
const syncOf = (container: MedusaContainer) => container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)

async function record(container: MedusaContainer, events: CustomerEventInput[]) {
  const ids = await notificationsOf(container).events.record(events)
  return new StepResponse(ids.length, ids)
}

/** Undoing the step forgets only the events it recorded, and only while nobody has been told. */
const forget = async (ids: string[] | undefined, { container }: { container: MedusaContainer }) => {
  if (ids?.length) await notificationsOf(container).events.forgetUndispatched(ids)
}

async function orderPlaces(container: MedusaContainer, ordNos: number[]): Promise<Map<number, OrderPlace>> {
  if (!ordNos.length) return new Map()
  const orders = await syncOf(container).listErpOrders({ ord_no: [...new Set(ordNos)] }, { select: ["ord_no", "customer_id", "deliv_addr_id"] })
  return new Map(orders.map((order) => [order.ord_no, { customer_id: order.customer_id, deliv_addr_id: order.deliv_addr_id ?? null }]))
}

export const recordOrderEventsStep = createStep(
  "record-order-events",
  async (input: ImportErpOrdersInput, { container }) => {
    const before = await syncOf(container).listErpOrders({ ord_no: input.orders.map((order) => order.ordNo) }, { select: ["ord_no", "status"] })
    const statusBefore = new Map(before.map((order) => [order.ord_no, order.status as ErpOrderStatus]))
    return await record(container, orderEvents(input.orders, input.context.customerIds, statusBefore))
  },
  forget
)

export const recordShipmentEventsStep = createStep(
  "record-shipment-events",
  async (shipments: ErpShipment[], { container }) => {
    const known = await syncOf(container).listErpShipments({ ship_id: shipments.map((shipment) => shipment.shipId) }, { select: ["ship_id", "delivered_at"] })
    const deliveredBefore = new Map(known.map((shipment) => [shipment.ship_id, shipment.delivered_at !== null]))
    const orders = await orderPlaces(container, shipments.map((shipment) => shipment.ordNo))
    return await record(container, shipmentEvents(shipments, deliveredBefore, orders))
  },
  forget
)

export const recordDocumentEventsStep = createStep(
  "record-document-events",
  async (input: UpsertDocumentsInput, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const known = await invoicing.listInvoices({ number: input.documents.map((document) => document.invNo) }, { select: ["number"] })
    const orders = await orderPlaces(container, input.documents.flatMap((document) => (document.ordNo === null ? [] : [document.ordNo])))
    return await record(container, documentEvents(input.documents, new Set(known.map((invoice) => invoice.number)), input.customerIds, orders))
  },
  forget
)

export const recordPaymentEventsStep = createStep(
  "record-payment-events",
  async (input: UpsertPaymentsInput, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const known = await invoicing.listPayments({ txn_id: input.payments.map((payment) => payment.txnId) }, { select: ["txn_id"] })
    return await record(container, paymentEvents(input.payments, new Set(known.map((payment) => Number(payment.txn_id))), input.customerIds))
  },
  forget
)
