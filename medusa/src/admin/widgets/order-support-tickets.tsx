import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { TicketListWidget } from "../components/ticket-list"

/** Tickets about this order (its OrderFlow number), on the order's page. */
const OrderSupportTicketsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => (
  <TicketListWidget query={`order_id=${encodeURIComponent(order.id)}`} empty="No support ticket is about this order." />
)

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderSupportTicketsWidget
