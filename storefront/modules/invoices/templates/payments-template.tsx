import Link from "next/link"
import { formatDay, formatRand } from "@/lib/util/format"
import type { PaymentRecord } from "@/lib/data/invoices"
import { Card } from "@/modules/common/components/card"
import { ListTable, type ListColumn } from "@/modules/common/components/list-table"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { WRAPPING_CELL } from "@/modules/common/components/scrollable-table"
import { BillingTabs } from "../components/billing-tabs"

function note(payment: PaymentRecord): string {
  if (payment.reverses) return `Reverses the payment of ${formatDay(payment.reverses.paid_on)}`
  if (payment.reversed_by) return `Reversed on ${formatDay(payment.reversed_by.paid_on)}`
  return payment.unallocated_cents > 0 ? `${formatRand(payment.unallocated_cents)} on account` : ""
}

const PAYMENT_COLUMNS: ListColumn<PaymentRecord>[] = [
  { header: "Date", cell: (payment) => formatDay(payment.paid_on) },
  { header: "Method", cell: (payment) => (payment.reversal ? `${payment.method} (reversal)` : payment.method) },
  { header: "Reference", cell: (payment) => payment.reference ?? "—" },
  { header: "Amount", numeric: true, cell: (payment) => formatRand(payment.amount_cents) },
  {
    header: "Paid invoices",
    className: WRAPPING_CELL,
    cell: (payment) =>
      payment.allocations.map((allocation, index) => (
        <span key={allocation.invoice_number}>
          {index ? ", " : ""}
          <Link href={`/account/invoices/${allocation.invoice_number}`}>{allocation.invoice_number}</Link> {formatRand(allocation.amount_cents)}
        </span>
      )),
  },
  { header: "Note", className: WRAPPING_CELL, cell: (payment) => note(payment) },
]

export function PaymentsTemplate({ result, page }: { result: { payments: PaymentRecord[]; count: number } | { error: string }; page: { limit: number; offset: number } }) {
  return (
    <>
      <PageHeader title="Payments">
        <p>Every payment we received, the invoices it paid, and reversed payments.</p>
      </PageHeader>
      <BillingTabs current="/account/payments" />
      {"error" in result ? (
        <p role="alert" className={formStyles.error}>
          {result.error}
        </p>
      ) : result.count === 0 ? (
        <Card title="No payments">
          <p>No payments have been received on your account yet.</p>
        </Card>
      ) : (
        <ListTable
          label="Your payments"
          tableLabel="Payments table"
          rows={result.payments}
          rowKey={(payment) => payment.txn_id}
          columns={PAYMENT_COLUMNS}
          page={{ ...page, count: result.count, hrefFor: (offset) => `/account/payments?offset=${offset}` }}
        />
      )}
    </>
  )
}
