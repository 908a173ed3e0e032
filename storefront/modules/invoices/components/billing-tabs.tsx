import type { Permission } from "@portal/integrations/roles"
import Link from "next/link"
import { retrievePortalMe } from "@/lib/data/me"
import styles from "../templates/invoices.module.css"

const TABS: readonly (readonly [href: string, label: string, needs: Permission])[] = [
  ["/account/invoices", "Invoices", "invoices.read"],
  ["/account/statements", "Statements", "finance.read"],
  ["/account/payments", "Payments", "finance.read"],
  ["/account/exports", "Export for accounting", "finance.read"],
]

/** The billing pages' own navigation: the tabs the person's role includes. */
export async function BillingTabs({ current }: { current: string }) {
  const permissions = (await retrievePortalMe())?.permissions ?? []
  return (
    <nav aria-label="Billing" className={styles.tabs}>
      {TABS.filter(([, , needs]) => permissions.includes(needs)).map(([href, label]) => (
        <Link key={href} href={href} aria-current={href === current ? "page" : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  )
}
