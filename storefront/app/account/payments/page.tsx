import type { Metadata } from "next"
import { listPayments } from "@/lib/data/invoices"
import { PaymentsTemplate } from "@/modules/invoices/templates/payments-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Payments" }

const PAGE_SIZE = 25

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<{ offset?: string }> }) {
  const offset = Math.max(0, Number.parseInt((await searchParams).offset ?? "0", 10) || 0)
  const page = { limit: PAGE_SIZE, offset }
  return (
    <>
      <PaymentsTemplate result={await listPayments(page)} page={page} />
      <PageHelp pages={["payments"]} />
    </>
  )
}
