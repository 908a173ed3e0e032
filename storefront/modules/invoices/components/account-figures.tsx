import { formatDay, formatRand } from "@/lib/util/format"
import type { AccountSummary } from "@/lib/data/invoices"
import styles from "../templates/invoices.module.css"

/** The account summary's figures: what is owed, overdue, credit, money on account, last payment. */
export function AccountFigures({ account }: { account: AccountSummary }) {
  const figures: [string, string][] = [
    [account.balance_cents < 0 ? "In your favour" : "Balance owed", formatRand(Math.abs(account.balance_cents))],
    ["Overdue", `${formatRand(account.overdue_cents)}${account.overdue_invoices ? ` (${account.overdue_invoices} ${account.overdue_invoices === 1 ? "invoice" : "invoices"})` : ""}`],
    ["Credit limit", account.credit_limit_cents === null ? "Cash account" : formatRand(account.credit_limit_cents)],
    ["Available credit", account.available_credit_cents === null ? "—" : formatRand(account.available_credit_cents)],
    ["On account (unallocated)", formatRand(account.on_account_cents)],
    ["Last payment", account.last_payment ? `${formatRand(account.last_payment.amount_cents)} on ${formatDay(account.last_payment.paid_on)}` : "None yet"],
  ]
  return (
    <dl className={styles.figures}>
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
