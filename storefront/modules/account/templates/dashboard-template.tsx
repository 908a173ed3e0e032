import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import { displayName } from "@/modules/layout/components/portal-header"
import styles from "./dashboard-template.module.css"

function customerNumber(customer: HttpTypes.StoreCustomer): string | null {
  const value = customer.metadata?.customer_number
  return typeof value === "string" ? value : null
}

export function DashboardTemplate({ customer }: { customer: HttpTypes.StoreCustomer }) {
  const number = customerNumber(customer)
  return (
    <>
      <PageHeader title={`Welcome, ${displayName(customer)}`}>
        <p>
          {customer.company_name ? `${customer.company_name} · ` : ""}
          {number ? `Customer number ${number}` : customer.email}
        </p>
      </PageHeader>
      <div className={styles.grid}>
        <Card title="Your orders">
          <p>
            Your order history is coming to this page: every order of the last 24 months, where it is and when it will
            be delivered.
          </p>
          <Link href="/account/orders">Go to orders</Link>
        </Card>
        <Card title="Invoices and account">
          <p>Invoices, statements and your account balance will be shown here once they are connected.</p>
          <Link href="/account/invoices">Go to invoices</Link>
        </Card>
        <Card title="Need help?">
          <p>Answers to the questions customers ask most: deliveries, invoices, payments and your account.</p>
          <Link href="/help">Read the help pages</Link>
        </Card>
        <Card title="Your details">
          <dl className={styles.details}>
            <dt>Email</dt>
            <dd>{customer.email}</dd>
            {customer.phone ? (
              <>
                <dt>Phone</dt>
                <dd>{customer.phone}</dd>
              </>
            ) : null}
          </dl>
          <Link href="/account/profile">Profile</Link>
        </Card>
      </div>
    </>
  )
}
