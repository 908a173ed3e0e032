import type { HttpTypes } from "@medusajs/types"
import type { ReactNode } from "react"
import { AccountNav } from "../components/account-nav"
import { PortalHeader } from "../components/portal-header"
import styles from "./portal-shell.module.css"

/** The frame of every portal page: header, the account navigation when signed in, and the page itself. */
export function PortalShell({ customer, children }: { customer: HttpTypes.StoreCustomer | null; children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <PortalHeader customer={customer} />
      <div className={styles.body}>
        {customer ? (
          <aside className={`${styles.sidebar} no-print`}>
            <AccountNav />
          </aside>
        ) : null}
        <main id="main" className={styles.main} tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  )
}
