import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { rand } from "../lib/format"
import { useAdminJson } from "../lib/use-admin-json"

interface OrderInvoice {
  number: string
  type: "invoice" | "credit_note"
  issue_date: string
  due_date: string
  total_cents: number
  outstanding_cents: number
  status: "paid" | "pending" | "overdue" | "credit" | "void"
}

const STATUS = { paid: "Paid", pending: "Pending", overdue: "Overdue", credit: "Credit note", void: "Void" } as const

/**
 * The OrderFlow invoices and credit notes of an order, on the order's page: staff preview and download the same PDF
 * the customer gets (marked as a staff copy).
 */
const OrderInvoicesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error } = useAdminJson<{ ord_no: number | null; invoices: OrderInvoice[] }>(`/admin/portal/orders/${encodeURIComponent(order.id)}/invoices`)
  const [preview, setPreview] = useState<string | null>(null)
  const pdfUrl = (number: string, inline: boolean) => `/admin/portal/invoices/${number}/pdf${inline ? "?disposition=inline" : ""}`

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Invoices</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {data?.ord_no ? `Issued in OrderFlow for order ${data.ord_no}.` : "Invoices and credit notes OrderFlow issued for this order."}
        </Text>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>
      ) : !data ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : data.invoices.length === 0 ? (
        <Text className="px-6 py-4">No invoice yet: OrderFlow invoices an order once it is confirmed.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
              <Table.HeaderCell>PDF</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.invoices.map((invoice) => (
              <Table.Row key={invoice.number}>
                <Table.Cell>{invoice.number}</Table.Cell>
                <Table.Cell>{invoice.issue_date}</Table.Cell>
                <Table.Cell>
                  {STATUS[invoice.status]}
                  {invoice.outstanding_cents > 0 ? ` (${rand(invoice.outstanding_cents)} open)` : ""}
                </Table.Cell>
                <Table.Cell className="text-right">{rand(invoice.total_cents)}</Table.Cell>
                <Table.Cell>
                  <div className="flex gap-2">
                    <Button size="small" variant="secondary" onClick={() => setPreview(preview === invoice.number ? null : invoice.number)}>
                      {preview === invoice.number ? "Hide" : "Preview"}
                    </Button>
                    <a href={pdfUrl(invoice.number, false)} download className="txt-compact-small text-ui-fg-interactive self-center">
                      Download
                    </a>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {preview ? <iframe title={`Invoice ${preview} preview`} src={pdfUrl(preview, true)} className="h-[720px] w-full border-0" /> : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderInvoicesWidget
