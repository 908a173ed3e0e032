import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveInvoice } from "@/lib/data/invoices"
import { PageHelp } from "@/modules/help/components/page-help"
import { InvoiceDetailTemplate } from "@/modules/invoices/templates/invoice-detail-template"

type Params = Promise<{ number: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Invoice ${(await params).number.toUpperCase()}` }
}

export default async function InvoicePage({ params }: { params: Params }) {
  const found = await retrieveInvoice((await params).number)
  if (!found) notFound()
  return (
    <>
      <InvoiceDetailTemplate invoice={found.invoice} howToPay={found.how_to_pay} />
      <PageHelp pages={found.invoice.status === "overdue" ? ["invoice-overdue", "invoice"] : ["invoice"]} />
    </>
  )
}
