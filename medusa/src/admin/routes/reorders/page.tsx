import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { ReorderSheet } from "../../../lib/orders/reorder-sheets"
import { inJohannesburg, rand } from "../../lib/format"
import { useAdminJson } from "../../lib/use-admin-json"

type Status = "awaiting_entry" | "entered"

/**
 * Reorders customers submitted in the portal. OrderFlow cannot be written to by the portal: staff key each one in
 * with its WEB- reference in the PO reference or notes, and the sync links the two and moves it to "Entered".
 */
const ReordersPage = () => {
  const [status, setStatus] = useState<Status>("awaiting_entry")
  const { data, error } = useAdminJson<{ reorders: ReorderSheet[] }>(`/admin/portal/reorders?status=${status}`)
  const rows = data?.reorders ?? null

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Reorders awaiting ERP entry</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Key each reorder into OrderFlow with its WEB- reference in the PO reference or notes. The sync links it and moves it to Entered.
          </Text>
        </div>
        <Button asChild variant="secondary" size="small">
          <a href={`/admin/portal/reorders/export?status=${status}`} download>
            Export CSV
          </a>
        </Button>
      </div>
      <div className="px-6 py-3">
        <Tabs value={status} onValueChange={(value) => setStatus(value as Status)}>
          <Tabs.List>
            <Tabs.Trigger value="awaiting_entry">To enter</Tabs.Trigger>
            <Tabs.Trigger value="entered">Entered</Tabs.Trigger>
          </Tabs.List>
        </Tabs>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {rows && rows.length === 0 && <Text className="px-6 py-4">{status === "awaiting_entry" ? "Nothing to enter." : "None entered yet."}</Text>}
      {rows && rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Reference</Table.HeaderCell>
              <Table.HeaderCell>Submitted</Table.HeaderCell>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>PO reference</Table.HeaderCell>
              <Table.HeaderCell>Lines</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total excl. VAT</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>
                  <Link to={`/reorders/${row.id}`}>{row.reference}</Link>
                </Table.Cell>
                <Table.Cell>{inJohannesburg(row.created_at)}</Table.Cell>
                <Table.Cell>
                  <Link to={`/customers/${row.customer_id}`}>{row.cust_no}</Link> {row.customer_name ?? ""}
                </Table.Cell>
                <Table.Cell>{row.po_ref ?? "—"}</Table.Cell>
                <Table.Cell>{row.lines.length}</Table.Cell>
                <Table.Cell className="text-right">{rand(row.total_cents)}</Table.Cell>
                <Table.Cell>
                  <Badge color={row.status === "awaiting_entry" ? "orange" : "green"}>
                    {row.status === "awaiting_entry" ? "To enter" : `Entered as ${row.erp_ord_no}`}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Reorders", icon: ShoppingCart })

export default ReordersPage
