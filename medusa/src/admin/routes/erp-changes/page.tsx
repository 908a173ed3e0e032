import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { inJohannesburg } from "../../lib/format"
import { adminSend, runAdminAction, useAdminJson } from "../../lib/use-admin-json"

interface ErpChangeRequest {
  id: string
  customer_id: string
  cust_no: string
  kind: string
  summary: string
  requested_by: string | null
  status: "pending" | "done"
  support_ticket_id: string | null
  created_at: string
  done_at: string | null
}

const KIND_LABEL: Record<string, string> = {
  profile: "Profile",
  email: "Email",
  address_added: "New address",
  address_changed: "Address changed",
  address_removed: "Address removed",
  credit_note: "Credit note",
  redelivery: "Redelivery",
}

/** Staff's own requests (from a ticket) are marked done by hand; the sync cannot tell when they are entered. */
const markedByHand = (kind: string) => kind === "credit_note" || kind === "redelivery"

/** Staff's queue of customer changes to key into OrderFlow; the sync marks each done when the ERP shows it. */
const ErpChangesPage = () => {
  const [status, setStatus] = useState<"pending" | "done">("pending")
  const { data, error, reload } = useAdminJson<{ erp_change_requests: ErpChangeRequest[] }>(`/admin/erp-change-requests?status=${status}&limit=200`)
  const markDone = (id: string) => runAdminAction(() => adminSend(`/admin/erp-change-requests/${id}`, "POST", {}), "Marked entered", reload)
  const rows = data?.erp_change_requests ?? null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Changes to enter in OrderFlow</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Customers changed these in the portal, or staff asked for them from a support ticket. OrderFlow cannot be written to by the portal: key them in there. The sync marks customer changes done when OrderFlow shows the same data; mark credit notes and redeliveries done yourself.
        </Text>
      </div>
      <div className="px-6 py-3">
        <Tabs value={status} onValueChange={(value) => setStatus(value as "pending" | "done")}>
          <Tabs.List>
            <Tabs.Trigger value="pending">To enter</Tabs.Trigger>
            <Tabs.Trigger value="done">Done</Tabs.Trigger>
          </Tabs.List>
        </Tabs>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {rows && rows.length === 0 && <Text className="px-6 py-4">Nothing {status === "pending" ? "to enter" : "done yet"}.</Text>}
      {rows && rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Requested</Table.HeaderCell>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>Change</Table.HeaderCell>
              <Table.HeaderCell>What to enter</Table.HeaderCell>
              <Table.HeaderCell>By</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>{inJohannesburg(row.created_at)}</Table.Cell>
                <Table.Cell>
                  <Link to={`/customers/${row.customer_id}`}>{row.cust_no}</Link>
                </Table.Cell>
                <Table.Cell>{KIND_LABEL[row.kind] ?? row.kind}</Table.Cell>
                <Table.Cell className="whitespace-normal">
                  {row.summary}
                  {row.support_ticket_id ? (
                    <>
                      {" "}
                      <Link to={`/support/${row.support_ticket_id}`} className="text-ui-fg-interactive">
                        Open the ticket
                      </Link>
                    </>
                  ) : null}
                </Table.Cell>
                <Table.Cell>{row.requested_by ?? "—"}</Table.Cell>
                <Table.Cell>
                  <Badge color={row.status === "pending" ? "orange" : "green"}>{row.status === "pending" ? "To enter" : `Done ${row.done_at ? inJohannesburg(row.done_at) : ""}`}</Badge>
                  {row.status === "pending" && markedByHand(row.kind) ? (
                    <Button size="small" variant="secondary" className="ml-2" onClick={() => markDone(row.id)}>
                      Mark entered
                    </Button>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "OrderFlow changes", icon: ArrowPath })

export default ErpChangesPage
