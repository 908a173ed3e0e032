import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import styles from "./portal-header.module.css"
import type { PortalMe } from "@/lib/data/me"
import { PortalSearch } from "@/modules/help/components/portal-search"
import { NotificationBell } from "@/modules/notifications/components/notification-bell"
import { AccountSwitcher } from "./account-switcher"
import { SignoutButton } from "./signout-button"

/** What the portal calls the customer: the person's name, else the company's; the email address only as a last resort. */
export function displayName(customer: HttpTypes.StoreCustomer): string {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.company_name || customer.email
}

/** The company beside the person's name, unless the name already is the company's. */
export function companyBeside(customer: HttpTypes.StoreCustomer): string | null {
  return customer.company_name && customer.company_name !== displayName(customer) ? customer.company_name : null
}

export function PortalHeader({ customer, me }: { customer: HttpTypes.StoreCustomer | null; me: PortalMe | null }) {
  // The person signed in (once people exist, their own name), and the account they are acting for.
  const person = me?.person?.full_name || (customer ? displayName(customer) : "")
  const account = me?.account?.name ?? (customer ? companyBeside(customer) : null)
  return (
    <header className={`${styles.header} no-print`}>
      <Link href={customer ? "/account" : "/login"} className={styles.brand}>
        <span aria-hidden="true" className={styles.logo}>
          W
        </span>
        <span>Wholesale customer portal</span>
      </Link>
      <PortalSearch signedIn={Boolean(customer)} />
      <div className={styles.session}>
        {customer ? (
          <>
            <span className={styles.who}>
              <span className="visually-hidden">Signed in as </span>
              {person}
              {account && account !== person ? <span className={styles.company}> · {account}</span> : null}
            </span>
            {me && me.accounts.length > 1 ? <AccountSwitcher accounts={me.accounts} current={me.account?.customer_id ?? null} /> : null}
            {me ? <NotificationBell unread={me.unread_notifications} /> : null}
            <SignoutButton />
          </>
        ) : (
          <Link href="/login" className={styles.signin}>
            Sign in
          </Link>
        )}
      </div>
    </header>
  )
}
