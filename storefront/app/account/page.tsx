import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { DashboardTemplate } from "@/modules/account/templates/dashboard-template"

export const metadata: Metadata = { title: "Dashboard" }

export default async function DashboardPage() {
  const customer = await retrieveCustomer()
  if (!customer) notFound() // the layout has already sent signed-out visitors to sign in
  return <DashboardTemplate customer={customer} />
}
