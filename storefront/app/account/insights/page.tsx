import type { Metadata } from "next"
import { retrieveInsights, retrieveOnTimeScore } from "@/lib/data/insights"
import { retrievePortalMe } from "@/lib/data/me"
import { InsightsTemplate } from "@/modules/insights/templates/insights-template"

export const metadata: Metadata = { title: "Insights" }

const monthParam = (value: string | undefined) => (value && /^\d{4}-\d{2}$/.test(value) ? value : undefined)

export default async function InsightsPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const params = await searchParams
  const period = { from: monthParam(params.from), to: monthParam(params.to) }
  const me = await retrievePortalMe()
  const [result, onTime] = await Promise.all([retrieveInsights(period), me?.permissions.includes("orders.read") ? retrieveOnTimeScore() : null])
  return <InsightsTemplate result={result} onTime={onTime} />
}
