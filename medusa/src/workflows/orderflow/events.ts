/** Events the OrderFlow import emits; notifications subscribe to them. */
export const OrderflowEvents = {
  ORDER_STATUS_CHANGED: "orderflow.order.status_changed",
  SHIPMENT_CREATED: "orderflow.shipment.created",
  SHIPMENT_DELIVERED: "orderflow.shipment.delivered",
  INVOICE_CREATED: "orderflow.invoice.created",
  PAYMENT_RECEIVED: "orderflow.payment.received",
} as const

/**
 * Whether a sync run announces what it applies. The first import into an empty portal loads the ERP's history: it
 * announces nothing, so no customer is notified about an order delivered two years ago (and the bench import does
 * not emit 900,000 events). Every run after the first complete one announces each change.
 */
export interface Announcing {
  announce: boolean
}

/**
 * What a workflow emits: the changes when the run announces, nothing on the first import. Its transform takes
 * `input.announce` alone: handing it the whole input would copy every order of the page once more.
 */
export const announced = <T>(announce: boolean, changes: T[]): T[] => (announce ? changes : [])
