import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import type { ReorderSheet } from "../../../../lib/orders/reorder-sheets"
import { inJohannesburg, rand } from "../../../lib/format"
import { useAdminJson } from "../../../lib/use-admin-json"

/** One reorder's order sheet: everything staff type into OrderFlow, printable. */
const ReorderSheetPage = () => {
  const { id } = useParams()
  const { data, error } = useAdminJson<{ reorder: ReorderSheet }>(id ? `/admin/portal/reorders/${encodeURIComponent(id)}` : null)
  const sheet = data?.reorder ?? null

  if (error) return <Container>{error}</Container>
  if (!sheet) return <Container>Loading…</Container>
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Order sheet {sheet.reference}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {sheet.status === "awaiting_entry" ? "To enter in OrderFlow: put the reference in the PO reference or notes." : `Entered in OrderFlow as order ${sheet.erp_ord_no}.`}
          </Text>
        </div>
        <Button variant="secondary" size="small" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 px-6 py-4 text-sm">
        <dt>Customer</dt>
        <dd>
          <Link to={`/customers/${sheet.customer_id}`}>{sheet.cust_no}</Link> {sheet.customer_name ?? ""}
        </dd>
        <dt>Submitted</dt>
        <dd>{inJohannesburg(sheet.created_at)}</dd>
        <dt>Deliver to</dt>
        <dd>{sheet.shipping_address || "Default delivery address"}</dd>
        <dt>Customer PO</dt>
        <dd>{sheet.po_ref ?? "—"}</dd>
        <dt>Notes</dt>
        <dd>{sheet.notes ?? "—"}</dd>
        <dt>Reorder of</dt>
        <dd>{sheet.source_ord_no ? `OrderFlow order ${sheet.source_ord_no}` : "—"}</dd>
        <dt>Medusa order</dt>
        <dd>
          <Link to={`/orders/${sheet.order_id}`}>{sheet.order_id}</Link>
        </dd>
      </dl>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>SKU</Table.HeaderCell>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Quantity</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sheet.lines.map((line, index) => (
            <Table.Row key={`${line.sku}-${index}`}>
              <Table.Cell>{line.sku ?? "—"}</Table.Cell>
              <Table.Cell>{line.title}</Table.Cell>
              <Table.Cell className="text-right">{line.quantity}</Table.Cell>
              <Table.Cell className="text-right">{rand(line.unit_price_cents)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Text className="px-6 py-4 text-right">Total excl. VAT: {rand(sheet.total_cents)}</Text>
    </Container>
  )
}

export default ReorderSheetPage
