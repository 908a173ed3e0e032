/** Events the OrderFlow import emits; notifications subscribe to them. */
export const OrderflowEvents = {
  ORDER_STATUS_CHANGED: "orderflow.order.status_changed",
  SHIPMENT_CREATED: "orderflow.shipment.created",
  SHIPMENT_DELIVERED: "orderflow.shipment.delivered",
  INVOICE_CREATED: "orderflow.invoice.created",
  PAYMENT_RECEIVED: "orderflow.payment.received",
} as const
