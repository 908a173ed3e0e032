import Link from "next/link"
import styles from "../templates/invoices.module.css"

const TABS = [
  ["/account/invoices", "Invoices"],
  ["/account/statements", "Statements"],
  ["/account/payments", "Payments"],
  ["/account/exports", "Export for accounting"],
] as const

/** The billing pages' own navigation. */
export function BillingTabs({ current }: { current: (typeof TABS)[number][0] }) {
  return (
    <nav aria-label="Billing" className={styles.tabs}>
      {TABS.map(([href, label]) => (
        <Link key={href} href={href} aria-current={href === current ? "page" : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  )
}
