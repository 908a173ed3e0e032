import Link from "next/link"
import { formatDay, formatRand } from "@/lib/util/format"
import type { PaymentRecord } from "@/lib/data/invoices"
import { Card } from "@/modules/common/components/card"
import { Pagination } from "@/modules/common/components/pagination"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { ScrollableTable, WRAPPING_CELL } from "@/modules/common/components/scrollable-table"
import { BillingTabs } from "../components/billing-tabs"
import styles from "./invoices.module.css"

function note(payment: PaymentRecord): string {
  if (payment.reverses) return `Reverses the payment of ${formatDay(payment.reverses.paid_on)}`
  if (payment.reversed_by) return `Reversed on ${formatDay(payment.reversed_by.paid_on)}`
  return payment.unallocated_cents > 0 ? `${formatRand(payment.unallocated_cents)} on account` : ""
}

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
        <section aria-label="Your payments" className={styles.results}>
          <ScrollableTable label="Payments table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Method</th>
                <th scope="col">Reference</th>
                <th scope="col" className={styles.money}>Amount</th>
                <th scope="col">Paid invoices</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {result.payments.map((payment) => (
                <tr key={payment.txn_id}>
                  <td>{formatDay(payment.paid_on)}</td>
                  <td>{payment.reversal ? `${payment.method} (reversal)` : payment.method}</td>
                  <td>{payment.reference ?? "—"}</td>
                  <td className={styles.money}>{formatRand(payment.amount_cents)}</td>
                  <td className={WRAPPING_CELL}>
                    {payment.allocations.map((allocation, index) => (
                      <span key={allocation.invoice_number}>
                        {index ? ", " : ""}
                        <Link href={`/account/invoices/${allocation.invoice_number}`}>{allocation.invoice_number}</Link> {formatRand(allocation.amount_cents)}
                      </span>
                    ))}
                  </td>
                  <td className={WRAPPING_CELL}>{note(payment)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
          <Pagination offset={page.offset} limit={page.limit} count={result.count} hrefFor={(offset) => `/account/payments?offset=${offset}`} />
        </section>
      )}
    </>
  )
}
