import type { NotificationKind } from "@portal/integrations/notifications"
import type { ErpDocument, ErpOrder, ErpOrderStatus, ErpPayment, ErpShipment } from "@portal/integrations/orderflow"
import type { CustomerEventInput } from "../../modules/customer-notifications/repositories/customer-event-outbox"

/** Where an order stands for the events about it: whose it is and where it goes. */
export interface OrderPlace {
  customer_id: string
  deliv_addr_id: number | null
}

/**
 * What a buyer is told when an order moves from one status to another. Shipped and delivered come from the
 * shipment (with the carrier, waybill and proof of delivery), so the order's own move there only moves open pages.
 */
export function orderKindFor(from: ErpOrderStatus | null, to: ErpOrderStatus): NotificationKind {
  if (to === "HD") return "order.on_hold"
  if (to === "CN") return "order.cancelled"
  if (from === "HD") return "order.released"
  // A shipment called back: OrderFlow moves the order from shipped back into the warehouse.
  if ((from === "SH" || from === "DL") && (to === "CF" || to === "PR" || to === "PK")) return "order.recalled"
  if (to === "CF") return "order.confirmed"
  if (to === "PR") return "order.processing"
  if (to === "PK") return "order.packing"
  return "order.changed"
}

/** One event per order whose status this page changes (a new order's first status included), keyed by its version. */
export function orderEvents(orders: ErpOrder[], customerIds: Record<string, string>, statusBefore: Map<number, ErpOrderStatus>): CustomerEventInput[] {
  return orders.flatMap((order) => {
    const customerId = customerIds[order.custNo]
    const from = statusBefore.get(order.ordNo) ?? null
    if (!customerId || from === order.status) return []
    return [
      {
        kind: orderKindFor(from, order.status),
        customer_id: customerId,
        entity_type: "order" as const,
        entity_id: String(order.ordNo),
        version: order.lastUpd,
        ord_no: order.ordNo,
        deliv_addr_id: order.deliveryAddrId,
        data: { from, to: order.status, po_ref: order.poRef, promised_date: order.promisedDate },
      },
    ]
  })
}

/** New shipments (shipped) and shipments newly delivered, for orders the portal has. */
export function shipmentEvents(shipments: ErpShipment[], deliveredBefore: Map<number, boolean>, orders: Map<number, OrderPlace>): CustomerEventInput[] {
  return shipments.flatMap((shipment) => {
    const order = orders.get(shipment.ordNo)
    if (!order) return []
    const common = {
      customer_id: order.customer_id,
      entity_type: "shipment" as const,
      entity_id: String(shipment.shipId),
      ord_no: shipment.ordNo,
      deliv_addr_id: order.deliv_addr_id,
      data: { carrier: shipment.carrier, waybill: shipment.waybill, eta_date: shipment.etaDate, pod_name: shipment.podName, delivered_at: shipment.deliveredAt },
    }
    const known = deliveredBefore.has(shipment.shipId)
    const events: CustomerEventInput[] = []
    // Delivered in the same page it first appears: one delivered notice says it all.
    if (!known && !shipment.deliveredAt) events.push({ ...common, kind: "shipment.shipped", version: "shipped" })
    if (shipment.deliveredAt && !deliveredBefore.get(shipment.shipId)) events.push({ ...common, kind: "shipment.delivered", version: "delivered" })
    return events
  })
}

/** Invoices and credit notes the portal has not had before. */
export function documentEvents(documents: ErpDocument[], known: Set<string>, customerIds: Record<string, string>, orders: Map<number, OrderPlace>): CustomerEventInput[] {
  return documents.flatMap((document) => {
    const customerId = customerIds[document.custNo]
    // A document void before anyone saw it is not news.
    if (!customerId || known.has(document.invNo) || document.status === "V") return []
    return [
      {
        kind: document.docType === "CR" ? ("credit_note.issued" as const) : ("invoice.issued" as const),
        customer_id: customerId,
        entity_type: "invoice" as const,
        entity_id: document.invNo,
        version: "issued",
        ord_no: document.ordNo,
        deliv_addr_id: document.ordNo === null ? null : (orders.get(document.ordNo)?.deliv_addr_id ?? null),
        data: { total_cents: document.totalCents, currency: document.currency, due_date: document.dueDate, issue_date: document.invoiceDate },
      },
    ]
  })
}

/** Payments received (not reversals) that the portal has not had before, with what each paid. */
export function paymentEvents(payments: ErpPayment[], known: Set<number>, customerIds: Record<string, string>): CustomerEventInput[] {
  return payments.flatMap((payment) => {
    const customerId = customerIds[payment.custNo]
    if (!customerId || known.has(payment.txnId) || payment.amountCents <= 0) return []
    return [
      {
        kind: "payment.received" as const,
        customer_id: customerId,
        entity_type: "payment" as const,
        entity_id: String(payment.txnId),
        version: "received",
        data: {
          amount_cents: payment.amountCents,
          paid_on: payment.date,
          reference: payment.ref,
          allocations: payment.allocations.map((allocation) => ({ invoice_number: allocation.invNo, amount_cents: allocation.amountCents })),
        },
      },
    ]
  })
}
