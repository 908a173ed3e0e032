import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CATEGORY_LABEL, STATUS_COLOR, STATUS_LABEL, type StaffTicket, ageColor, hoursInWords } from "../lib/support"
import { useAdminJson } from "../lib/use-admin-json"

/** A customer's or an order's support tickets, newest first, for the widgets on those pages. */
export function TicketListWidget({ query, empty, more }: { query: string; empty: string; more?: string }) {
  const { data, error } = useAdminJson<{ tickets: StaffTicket[]; count: number; response_target_hours: number }>(`/admin/support/tickets?${query}&limit=10`)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Support tickets</Heading>
        {more && data && data.count > 0 ? (
          <Link to={more} className="text-ui-fg-interactive text-sm">
            All {data.count} in the inbox
          </Link>
        ) : null}
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>
      ) : !data ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : data.tickets.length === 0 ? (
        <Text className="px-6 py-4">{empty}</Text>
      ) : (
        <Table>
          <Table.Body>
            {data.tickets.map((ticket) => (
              <Table.Row key={ticket.id}>
                <Table.Cell className="whitespace-normal">
                  <Link to={`/support/${ticket.id}`} className="text-ui-fg-interactive">
                    {ticket.reference}
                  </Link>{" "}
                  {ticket.subject}
                  <div className="text-ui-fg-subtle text-xs">{CATEGORY_LABEL[ticket.category] ?? ticket.category}</div>
                </Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[ticket.status] ?? "grey"}>{STATUS_LABEL[ticket.status] ?? ticket.status}</Badge>
                </Table.Cell>
                <Table.Cell>
                  <Badge color={ageColor(ticket.waiting_hours, data.response_target_hours)}>{hoursInWords(ticket.waiting_hours)}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
