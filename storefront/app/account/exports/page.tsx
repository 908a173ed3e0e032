import type { Metadata } from "next"
import { johannesburgToday } from "@/lib/util/format"
import { Card } from "@/modules/common/components/card"
import { PageHeader } from "@/modules/common/components/page-header"
import { BillingTabs } from "@/modules/invoices/components/billing-tabs"
import { ExportForm } from "@/modules/invoices/components/export-form"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Export for accounting" }

export default function ExportsPage() {
  const today = johannesburgToday()
  return (
    <>
      <PageHeader title="Export for accounting">
        <p>Your invoices, credit notes and payments for Xero, QuickBooks Online or any software that reads UBL e-invoices.</p>
      </PageHeader>
      <BillingTabs current="/account/exports" />
      <Card title="Export a period">
        <p>To us these are sales; to your books they are purchases: invoices import as bills, credit notes as supplier credits, and payments as money out of your bank account.</p>
        <ExportForm defaultFrom={`${today.slice(0, 7)}-01`} defaultTo={today} />
      </Card>
      <PageHelp pages={["exports"]} />
    </>
  )
}
