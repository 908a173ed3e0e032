import Link from "next/link"
import { formatDay, formatQuantity, formatRand } from "@/lib/util/format"
import type { HowToPay, DocumentDetail } from "@/lib/data/invoices"
import { Card } from "@/modules/common/components/card"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { ScrollableTable } from "@/modules/common/components/scrollable-table"
import { Totals } from "@/modules/common/components/totals"
import { BillingTabs } from "../components/billing-tabs"
import { PaymentStatus } from "../components/payment-status"
import styles from "./invoices.module.css"

export function InvoiceDetailTemplate({ invoice, howToPay }: { invoice: DocumentDetail; howToPay: HowToPay | null }) {
  const isInvoice = invoice.type === "invoice"
  return (
    <>
      <PageHeader title={`${isInvoice ? "Invoice" : "Credit note"} ${invoice.number}`}>
        <p>
          <PaymentStatus document={invoice} />
        </p>
        <p className="no-print">
          <Link href={`/account/support/new?invoice=${invoice.number}`}>Ask about this {isInvoice ? "invoice" : "credit note"}</Link>
        </p>
      </PageHeader>
      <BillingTabs current="/account/invoices" />
      <div className={styles.grid}>
        <Card title="Details">
          <dl className={styles.figures}>
            <div>
              <dt>{isInvoice ? "Invoice date" : "Date"}</dt>
              <dd>{formatDay(invoice.issue_date)}</dd>
            </div>
            {isInvoice ? (
              <div>
                <dt>Due date</dt>
                <dd>{formatDay(invoice.due_date)}</dd>
              </div>
            ) : null}
            <div>
              <dt>Order</dt>
              <dd>{invoice.order ? invoice.order.visible ? <Link href={`/account/orders/${invoice.order.ord_no}`}>{invoice.order.ord_no}</Link> : invoice.order.ord_no : "—"}</dd>
            </div>
            {invoice.credited_invoice ? (
              <div>
                <dt>Credits invoice</dt>
                <dd>
                  <Link href={`/account/invoices/${invoice.credited_invoice.number}`}>{invoice.credited_invoice.number}</Link>
                </dd>
              </div>
            ) : null}
          </dl>
          <p>
            <a href={`/account/invoices/${invoice.number}/pdf`} className={formStyles.submit} download>
              Download PDF
            </a>
          </p>
        </Card>
        {howToPay ? (
          <Card title="How to pay">
            <p>
              Pay {formatRand(invoice.outstanding_cents)} by EFT to {howToPay.eft.accountName}, {howToPay.eft.bankName}, account number {howToPay.eft.accountNumber}, branch code{" "}
              {howToPay.eft.branchCode}.
            </p>
            <p>
              Use <strong>{howToPay.eft.reference}</strong> as the payment reference, so the payment is matched to this invoice.
            </p>
            {howToPay.pay_link ? (
              <p>
                <a href={howToPay.pay_link.url} className={formStyles.submit} rel="noopener noreferrer">
                  {howToPay.pay_link.label}
                </a>
              </p>
            ) : null}
          </Card>
        ) : null}
      </div>

      <Card title="Lines">
        <ScrollableTable label="Invoice lines">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Description</th>
              <th scope="col">SKU</th>
              <th scope="col" className={styles.money}>Quantity</th>
              <th scope="col" className={styles.money}>Unit price</th>
              <th scope="col" className={styles.money}>VAT</th>
              <th scope="col" className={styles.money}>Line total</th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line) => (
              <tr key={line.line_no}>
                <td>{line.line_no}</td>
                <td>{line.description}</td>
                <td>{line.sku ?? "—"}</td>
                <td className={styles.money}>{formatQuantity(line.quantity)}</td>
                <td className={styles.money}>{formatRand(line.unit_price_cents)}</td>
                <td className={styles.money}>{line.vat_rate_percent} %</td>
                <td className={styles.money}>{formatRand(line.line_total_cents)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
        <Totals
          label={isInvoice ? "Invoice totals" : "Credit note totals"}
          rows={[
            { label: "Subtotal (excl. VAT)", cents: invoice.sub_total_cents },
            { label: "VAT", cents: invoice.vat_total_cents },
            { label: "Total", cents: invoice.total_cents, strong: true },
            ...(isInvoice
              ? [
                  { label: "Paid", cents: invoice.paid_cents },
                  { label: "Credited", cents: invoice.credited_cents },
                  { label: "Still to pay", cents: invoice.outstanding_cents, strong: true },
                ]
              : []),
          ]}
        />
      </Card>

      {isInvoice ? (
        <Card title="Payments and credit notes">
          {invoice.payments.length === 0 && invoice.credit_notes.length === 0 ? <p>Nothing has been paid or credited on this invoice yet.</p> : null}
          {invoice.payments.length ? (
            <ul>
              {invoice.payments.map((payment) => (
                <li key={`${payment.txn_id}-${payment.allocated_on}`}>
                  {formatDay(payment.paid_on)}: {payment.reversal ? "payment reversed" : "payment"} by {payment.method}
                  {payment.reference ? `, reference ${payment.reference}` : ""}, {formatRand(payment.amount_cents)}
                </li>
              ))}
            </ul>
          ) : null}
          {invoice.credit_notes.length ? (
            <ul>
              {invoice.credit_notes.map((note) => (
                <li key={note.number}>
                  Credit note <Link href={`/account/invoices/${note.number}`}>{note.number}</Link> of {formatDay(note.issue_date)}, {formatRand(note.total_cents)}
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
      ) : null}
    </>
  )
}
