import type { HttpTypes } from "@medusajs/types"
import type { ReactNode } from "react"
import { retrievePortalMe } from "@/lib/data/me"
import { LiveUpdates } from "@/modules/live/components/live-updates"
import { AccountNav } from "../components/account-nav"
import { PortalHeader } from "../components/portal-header"
import styles from "./portal-shell.module.css"

/**
 * The frame of every portal page: header, the account navigation when signed in, and the page itself, kept live by
 * the session's event stream.
 */
export async function PortalShell({ customer, children }: { customer: HttpTypes.StoreCustomer | null; children: ReactNode }) {
  const me = customer ? await retrievePortalMe() : null
  return (
    <div className={styles.shell}>
      <PortalHeader customer={customer} me={me} />
      {me ? <LiveUpdates /> : null}
      <div className={styles.body}>
        {customer ? (
          <aside className={`${styles.sidebar} no-print`}>
            <AccountNav permissions={me?.permissions ?? ["self"]} />
          </aside>
        ) : null}
        <main id="main" className={styles.main} tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  )
}
