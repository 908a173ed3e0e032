import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveDashboard } from "@/lib/data/dashboard"
import { retrieveAccountSummary } from "@/lib/data/invoices"
import { listPendingReorders } from "@/lib/data/reorders"
import { DashboardTemplate } from "@/modules/account/templates/dashboard-template"

export const metadata: Metadata = { title: "Dashboard" }

export default async function DashboardPage() {
  const [customer, dashboard, pending, account] = await Promise.all([retrieveCustomer(), retrieveDashboard(), listPendingReorders(), retrieveAccountSummary()])
  if (!customer) notFound() // the layout has already sent signed-out visitors to sign in
  return <DashboardTemplate customer={customer} dashboard={dashboard} pending={pending} account={account} />
}
