import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import styles from "./portal-header.module.css"
import { SignoutButton } from "./signout-button"

export function displayName(customer: HttpTypes.StoreCustomer): string {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email
}

export function PortalHeader({ customer }: { customer: HttpTypes.StoreCustomer | null }) {
  return (
    <header className={`${styles.header} no-print`}>
      <Link href={customer ? "/account" : "/login"} className={styles.brand}>
        <span aria-hidden="true" className={styles.logo}>
          W
        </span>
        <span>Wholesale customer portal</span>
      </Link>
      <div className={styles.session}>
        {customer ? (
          <>
            <span className={styles.who}>
              <span className="visually-hidden">Signed in as </span>
              {displayName(customer)}
              {customer.company_name ? <span className={styles.company}> · {customer.company_name}</span> : null}
            </span>
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
