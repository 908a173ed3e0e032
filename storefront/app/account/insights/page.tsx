import type { Metadata } from "next"
import { retrieveInsights, retrieveOnTimeScore } from "@/lib/data/insights"
import { retrievePortalMe } from "@/lib/data/me"
import { InsightsTemplate } from "@/modules/insights/templates/insights-template"

export const metadata: Metadata = { title: "Insights" }

/** Passed on as typed: the backend says what is wrong with a month it cannot read (a browser without a month picker). */
const monthParam = (value: string | undefined) => (value ? value.trim().slice(0, 20) : undefined)

export default async function InsightsPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const params = await searchParams
  const period = { from: monthParam(params.from), to: monthParam(params.to) }
  const me = await retrievePortalMe()
  const [result, onTime] = await Promise.all([retrieveInsights(period), me?.permissions.includes("orders.read") ? retrieveOnTimeScore() : null])
  return <InsightsTemplate result={result} onTime={onTime} />
}
