import type { Metadata } from "next"
import { listInvoices, retrieveAccountSummary } from "@/lib/data/invoices"
import { InvoicesTemplate } from "@/modules/invoices/templates/invoices-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Invoices" }

const PAGE_SIZE = 20

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function InvoicesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const text = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined)
  const offset = Math.max(0, Number.parseInt(text("offset") ?? "0", 10) || 0)
  const query = { q: text("q"), status: text("status"), type: text("type"), include_void: text("include_void"), from: text("from"), to: text("to"), limit: PAGE_SIZE, offset }
  const [list, account] = await Promise.all([listInvoices(query), retrieveAccountSummary()])
  return (
    <>
      <InvoicesTemplate query={query} list={list} account={account} />
      <PageHelp pages={["invoices"]} />
    </>
  )
}
