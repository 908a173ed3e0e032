import type { Metadata } from "next"
import { retrieveOnTimeScore } from "@/lib/data/insights"
import { listOrders } from "@/lib/data/orders"
import { listPendingReorders } from "@/lib/data/reorders"
import { OrderHistoryTemplate } from "@/modules/orders/templates/order-history-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Orders" }

const PAGE_SIZE = 20

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const text = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined)
  const offset = Math.max(0, Number.parseInt(text("offset") ?? "0", 10) || 0)
  const query = { q: text("q"), status: text("status"), from: text("from"), to: text("to"), sort: text("sort"), order: text("order"), limit: PAGE_SIZE, offset }
  const [history, pending, onTime] = await Promise.all([listOrders(query), listPendingReorders(), retrieveOnTimeScore()])
  const submitted = text("submitted")
  return (
    <>
      <OrderHistoryTemplate query={query} history={history} pending={pending} onTime={onTime} submitted={submitted && /^WEB-\d+$/.test(submitted) ? submitted : undefined} />
      <PageHelp pages={["orders"]} />
    </>
  )
}
