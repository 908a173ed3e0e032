import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useAdminJson } from "../lib/use-admin-json"

interface CustomerDeliveries {
  on_time: { deliveries: number; on_time: number; percent: number | null; days: number }
  running_late: number
}

/** The customer's on-time score (as the customer sees it in the portal) and open orders now expected late. */
const CustomerDeliveriesWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, error } = useAdminJson<CustomerDeliveries>(`/admin/customers/${encodeURIComponent(customer.id)}/deliveries`)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Deliveries</Heading>
        {data && data.running_late > 0 ? <Badge color="orange">{data.running_late} expected late</Badge> : null}
      </div>
      <div className="px-6 py-4">
        {error ? <Text className="text-ui-fg-error">Could not load the deliveries: {error}</Text> : null}
        {data ? (
          <Text>
            {data.on_time.percent === null
              ? `No deliveries with a promised day in the last ${data.on_time.days} days.`
              : `On time: ${data.on_time.percent} % (${data.on_time.on_time} of ${data.on_time.deliveries} deliveries in the last ${data.on_time.days} days arrived by the promised day).`}
          </Text>
        ) : null}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerDeliveriesWidget
