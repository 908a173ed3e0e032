import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { TicketListWidget } from "../components/ticket-list"

/** The customer's support tickets, on the customer's page. */
const CustomerSupportTicketsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => (
  <TicketListWidget query={`customer_id=${encodeURIComponent(customer.id)}`} empty="This customer has asked us nothing in the portal yet." more={`/support?customer_id=${encodeURIComponent(customer.id)}`} />
)

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerSupportTicketsWidget
