import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { rand } from "../../lib/format"
import { useAdminJson } from "../../lib/use-admin-json"

interface SellerInsights {
  top_customers: { from_month: string; customers: { customer_id: string; name: string; customer_number: string | null; net_cents: number; invoices: number }[] }
  orders_per_day: { day: string; orders: number }[]
  deliveries_by_carrier: { carrier: string; carrier_name: string; deliveries: number; late: number; late_percent: number | null }[]
  running_late: number
}

const DAY_LABEL = new Intl.DateTimeFormat("en-ZA", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })

/** The seller's side of Insights: who buys most, how many orders arrive a day, which carriers deliver late. */
const InsightsPage = () => {
  const { data, error } = useAdminJson<SellerInsights>("/admin/portal/insights")
  const busiest = Math.max(1, ...(data?.orders_per_day ?? []).map((day) => day.orders))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h1">Insights</Heading>
          {data ? <Badge color={data.running_late ? "orange" : "green"}>{data.running_late} open orders expected late</Badge> : null}
        </div>
        <div className="px-6 py-4">
          {error ? <Text className="text-ui-fg-error">Could not load the figures: {error}</Text> : null}
          <Text className="text-ui-fg-subtle">
            Spend is invoiced value excluding VAT, net of credit notes, from OrderFlow. An order is late when delivered after its promised day; "expected
            late" means its delivery estimate now ends after the promised day.
          </Text>
        </div>
      </Container>

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Top customers since {data?.top_customers.from_month ?? "…"}</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Net spend</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Invoices</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.top_customers.customers ?? []).map((customer) => (
              <Table.Row key={customer.customer_id}>
                <Table.Cell>
                  <a href={`/app/customers/${customer.customer_id}`} className="text-ui-fg-interactive">
                    {customer.name}
                  </a>
                </Table.Cell>
                <Table.Cell>{customer.customer_number ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">{rand(customer.net_cents)}</Table.Cell>
                <Table.Cell className="text-right">{customer.invoices}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Orders per day, last 30 days</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Day</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
              <Table.HeaderCell className="w-1/2">
                <span className="sr-only">Share of the busiest day</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.orders_per_day ?? []).map((day) => (
              <Table.Row key={day.day}>
                <Table.Cell>{DAY_LABEL.format(new Date(`${day.day}T12:00:00Z`))}</Table.Cell>
                <Table.Cell className="text-right">{day.orders}</Table.Cell>
                <Table.Cell>
                  <div aria-hidden="true" className="bg-ui-tag-green-icon h-2 rounded" style={{ width: `${(day.orders * 100) / busiest}%` }} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Late deliveries by carrier, last 90 days</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Carrier</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Deliveries</Table.HeaderCell>
              <Table.HeaderCell className="text-right">After the promised day</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Late</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.deliveries_by_carrier ?? []).map((carrier) => (
              <Table.Row key={carrier.carrier}>
                <Table.Cell>{carrier.carrier_name}</Table.Cell>
                <Table.Cell className="text-right">{carrier.deliveries}</Table.Cell>
                <Table.Cell className="text-right">{carrier.late}</Table.Cell>
                <Table.Cell className="text-right">{carrier.late_percent === null ? "—" : `${carrier.late_percent} %`}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Insights", icon: ChartBar })

export default InsightsPage
