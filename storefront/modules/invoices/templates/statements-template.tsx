import { AGING_LABELS, STATEMENT_ENTRY_LABEL } from "@portal/integrations/invoice-status"
import { formatDate, formatDay, formatMonth, formatRand } from "@/lib/util/format"
import type { MonthlyStatement, Statement } from "@/lib/data/invoices"
import { Card } from "@/modules/common/components/card"
import { DateRangeFields } from "@/modules/common/components/date-range-fields"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { ScrollableTable, WRAPPING_CELL } from "@/modules/common/components/scrollable-table"
import { BillingTabs } from "../components/billing-tabs"
import styles from "./invoices.module.css"

export function StatementsTemplate({
  range,
  result,
  monthly,
}: {
  range: { from: string; to: string }
  result: { statement: Statement } | { error: string }
  monthly: MonthlyStatement[]
}) {
  const query = new URLSearchParams(range).toString()
  return (
    <>
      <PageHeader title="Statements">
        <p>Your account movements with a running balance, for any period, and the statement we send you every month.</p>
      </PageHeader>
      <BillingTabs current="/account/statements" />
      <Card title="Monthly statements">
        {monthly.length === 0 ? (
          <p>Your first monthly statement arrives on the 1st of next month.</p>
        ) : (
          <ul>
            {monthly.map((statement) => (
              <li key={statement.id}>
                <a href={`/account/statements/${statement.id}/pdf`} download>
                  {formatMonth(statement.period)} (PDF)
                </a>{" "}
                — closing balance {formatRand(statement.closing_balance_cents)}
                {statement.emailed_at ? `, emailed ${formatDate(statement.emailed_at)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Statement for a period">
        <form method="get" action="/account/statements" className={styles.filters} aria-label="Statement period">
          <DateRangeFields from={range.from} to={range.to} required />
          <div className={styles.actions}>
            <button type="submit" className={formStyles.submit}>
              Show statement
            </button>
          </div>
        </form>
      </Card>
      {"error" in result ? (
        <p role="alert" className={formStyles.error}>
          {result.error}
        </p>
      ) : (
        <section aria-label="Statement" className={styles.results}>
          <p className={styles.actions}>
            <a href={`/account/statements/pdf?${query}`} download>
              Download PDF
            </a>
            <a href={`/account/statements/csv?${query}`} download>
              Download CSV
            </a>
          </p>
          <dl className={styles.figures}>
            <div>
              <dt>Opening balance {formatDay(result.statement.from)}</dt>
              <dd>{formatRand(result.statement.opening_balance_cents)}</dd>
            </div>
            <div>
              <dt>Closing balance {formatDay(result.statement.to)}</dt>
              <dd>{formatRand(result.statement.closing_balance_cents)}</dd>
            </div>
          </dl>
          <ScrollableTable label="Statement lines">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
                <th scope="col">Reference</th>
                <th scope="col">Details</th>
                <th scope="col" className={styles.money}>Debit</th>
                <th scope="col" className={styles.money}>Credit</th>
                <th scope="col" className={styles.money}>Balance</th>
              </tr>
            </thead>
            <tbody>
              {result.statement.entries.map((entry, index) => (
                <tr key={`${entry.reference}-${index}`}>
                  <td>{formatDay(entry.date)}</td>
                  <td>{STATEMENT_ENTRY_LABEL[entry.kind]}</td>
                  <td>{entry.kind === "invoice" || entry.kind === "credit_note" ? <a href={`/account/invoices/${entry.reference}`}>{entry.reference}</a> : entry.reference}</td>
                  <td className={WRAPPING_CELL}>{entry.description}</td>
                  <td className={styles.money}>{entry.debit_cents ? formatRand(entry.debit_cents) : ""}</td>
                  <td className={styles.money}>{entry.credit_cents ? formatRand(entry.credit_cents) : ""}</td>
                  <td className={styles.money}>{formatRand(entry.balance_cents)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
          <h2>Aging on {formatDay(result.statement.to)}</h2>
          <dl className={styles.figures}>
            {AGING_LABELS.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{formatRand(result.statement.aging[key])}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  )
}
