import type { Metadata } from "next"
import { listMonthlyStatements, retrieveStatement } from "@/lib/data/invoices"
import { johannesburgToday } from "@/lib/util/format"
import { StatementsTemplate } from "@/modules/invoices/templates/statements-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Statements" }

export default async function StatementsPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const params = await searchParams
  const today = johannesburgToday()
  // By default: this year so far.
  const range = { from: typeof params.from === "string" ? params.from : `${today.slice(0, 4)}-01-01`, to: typeof params.to === "string" ? params.to : today }
  const [result, monthly] = await Promise.all([retrieveStatement(range.from, range.to), listMonthlyStatements()])
  return (
    <>
      <StatementsTemplate range={range} result={result} monthly={monthly} />
      <PageHelp pages={["statements"]} />
    </>
  )
}
