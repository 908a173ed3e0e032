import { type SpendingInsights, percentChange } from "@portal/integrations/insights"
import type { ReactNode } from "react"
import type { OnTimeScore } from "@/lib/data/insights"
import { formatMonth, formatRand } from "@/lib/util/format"
import { Card } from "@/modules/common/components/card"
import formStyles from "@/modules/common/components/form.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { ScrollableTable, WRAPPING_CELL } from "@/modules/common/components/scrollable-table"
import { ChartOrTable } from "../components/chart-or-table"
import { MonthlySpendChart, RankedSpendChart } from "../components/spend-charts"
import styles from "./insights-template.module.css"

/** "up 12 % on the 12 months before", or why there is nothing to compare. */
function change(current: number, previous: number, months: number): string {
  const percent = percentChange(current, previous)
  if (percent === null) return `nothing in the ${months} months before to compare`
  if (percent === 0) return `the same as the ${months} months before`
  return `${percent > 0 ? "up" : "down"} ${Math.abs(percent)} % on the ${months} months before`
}

function ChartSection({
  id,
  title,
  summary,
  csv,
  chart,
  table,
}: {
  id: string
  title: string
  summary: string
  csv: string
  chart: ReactNode
  table: ReactNode
}) {
  return (
    <Card title={title}>
      {/* The text alternative for the chart, read by everyone; the chart itself is a picture of the table view. */}
      <p id={`${id}-summary`}>{summary}</p>
      <ChartOrTable
        label={title}
        chart={
          <figure role="img" aria-label={`Chart: ${title.toLowerCase()}`} aria-describedby={`${id}-summary`} className={styles.figure}>
            {chart}
          </figure>
        }
        table={table}
      />
      <p className="no-print">
        <a href={csv} download>
          Download {title.toLowerCase()} (CSV)
        </a>
      </p>
    </Card>
  )
}

function RankedTable({ label, nameHeader, rows, months }: { label: string; nameHeader: string; rows: { key: string; label: string; net_cents: number; previous_net_cents: number }[]; months: number }) {
  return (
    <ScrollableTable label={label}>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col" className={styles.money}>This period</th>
          <th scope="col" className={styles.money}>{months} months before</th>
          <th scope="col" className={styles.money}>Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const percent = percentChange(row.net_cents, row.previous_net_cents)
          return (
            <tr key={row.key}>
              <th scope="row" className={WRAPPING_CELL}>{row.label}</th>
              <td className={styles.money}>{formatRand(row.net_cents)}</td>
              <td className={styles.money}>{formatRand(row.previous_net_cents)}</td>
              <td className={styles.money}>{percent === null ? "—" : `${percent > 0 ? "+" : ""}${percent} %`}</td>
            </tr>
          )
        })}
      </tbody>
    </ScrollableTable>
  )
}

function InsightsBody({ insights, onTime }: { insights: SpendingInsights; onTime: OnTimeScore | null }) {
  const { period, totals } = insights
  const query = new URLSearchParams({ from: period.from, to: period.to })
  const csv = (table: string) => `/account/insights/csv?table=${table}&${query}`
  const span = `${formatMonth(period.from)} to ${formatMonth(period.to)}`
  const busiest = [...insights.months].sort((a, b) => b.net_cents - a.net_cents)[0]
  const share = (cents: number) => (totals.net_cents > 0 ? ` (${Math.round((cents * 100) / totals.net_cents)} % of the total)` : "")
  const first = <T extends { net_cents: number }>(rows: T[]) => rows.find((row) => row.net_cents > 0)
  const topProduct = first(insights.products.filter((product) => product.sku !== "*"))
  const topGroup = first(insights.groups)
  const topLocation = first(insights.locations)
  return (
    <>
      <section aria-label="Totals" className={styles.results}>
        <dl className={styles.figures}>
          <div>
            <dt>Net spend, {span}</dt>
            <dd>{formatRand(totals.net_cents)}</dd>
            <dd className={styles.change}>{change(totals.net_cents, totals.previous_net_cents, period.months)}</dd>
          </div>
          <div>
            <dt>Invoiced less credited</dt>
            <dd>
              {formatRand(totals.invoiced_cents)} − {formatRand(totals.credited_cents)}
            </dd>
          </div>
          <div>
            <dt>Average order</dt>
            <dd>{totals.average_order_cents === null ? "No orders invoiced" : formatRand(totals.average_order_cents)}</dd>
            {totals.average_order_cents !== null && totals.previous_average_order_cents !== null ? (
              <dd className={styles.change}>{change(totals.average_order_cents, totals.previous_average_order_cents, period.months)}</dd>
            ) : null}
          </div>
          <div>
            <dt>Orders a month</dt>
            <dd>{totals.orders_per_month.toLocaleString("en-ZA")}</dd>
            <dd className={styles.change}>{change(totals.orders_per_month, totals.previous_orders_per_month, period.months)}</dd>
          </div>
          {onTime ? (
            <div>
              <dt>Delivered by the promised day</dt>
              <dd>{onTime.percent === null ? "No deliveries yet" : `${onTime.percent} %`}</dd>
              <dd className={styles.change}>
                {onTime.on_time} of {onTime.deliveries} deliveries in the last {onTime.days} days
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <ChartSection
        id="months"
        title="Spend by month"
        summary={`Net spend of ${formatRand(totals.net_cents)} over ${period.months} months, ${change(totals.net_cents, totals.previous_net_cents, period.months)}.${
          busiest && busiest.net_cents > 0 ? ` The largest month was ${formatMonth(busiest.month)} with ${formatRand(busiest.net_cents)}.` : ""
        }`}
        csv={csv("months")}
        chart={<MonthlySpendChart months={insights.months} />}
        table={
          <ScrollableTable label="Spend by month">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className={styles.money}>Invoiced</th>
                <th scope="col" className={styles.money}>Credited</th>
                <th scope="col" className={styles.money}>Net spend</th>
                <th scope="col" className={styles.money}>Orders</th>
                <th scope="col" className={styles.money}>A period earlier</th>
              </tr>
            </thead>
            <tbody>
              {insights.months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{formatMonth(month.month)}</th>
                  <td className={styles.money}>{formatRand(month.invoiced_cents)}</td>
                  <td className={styles.money}>{formatRand(month.credited_cents)}</td>
                  <td className={styles.money}>{formatRand(month.net_cents)}</td>
                  <td className={styles.money}>{month.invoices}</td>
                  <td className={styles.money}>{formatRand(month.previous_net_cents)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        }
      />

      <ChartSection
        id="products"
        title="Top products"
        summary={topProduct ? `Your largest product was ${topProduct.label} at ${formatRand(topProduct.net_cents)}${share(topProduct.net_cents)}.` : "No product spend in this period."}
        csv={csv("products")}
        chart={<RankedSpendChart rows={insights.products} />}
        table={<RankedTable label="Top products" nameHeader="Product" months={period.months} rows={insights.products.map((product) => ({ key: product.sku || "credits", ...product }))} />}
      />

      <ChartSection
        id="groups"
        title="Spend by product group"
        summary={topGroup ? `${topGroup.group} was your largest group at ${formatRand(topGroup.net_cents)}${share(topGroup.net_cents)}.` : "No product spend in this period."}
        csv={csv("groups")}
        chart={<RankedSpendChart rows={insights.groups.map((group) => ({ ...group, label: group.group }))} />}
        table={<RankedTable label="Spend by product group" nameHeader="Product group" months={period.months} rows={insights.groups.map((group) => ({ key: group.group, label: group.group, ...group }))} />}
      />

      <ChartSection
        id="locations"
        title="Spend by delivery location"
        summary={
          topLocation
            ? `${topLocation.label} took the most at ${formatRand(topLocation.net_cents)}${share(topLocation.net_cents)}, across ${insights.locations.length} ${insights.locations.length === 1 ? "location" : "locations"}.`
            : "No deliveries invoiced in this period."
        }
        csv={csv("locations")}
        chart={<RankedSpendChart rows={insights.locations} />}
        table={<RankedTable label="Spend by delivery location" nameHeader="Location" months={period.months} rows={insights.locations.map((location) => ({ key: String(location.location_id), ...location }))} />}
      />
    </>
  )
}

export function InsightsTemplate({ result, onTime }: { result: { insights: SpendingInsights } | { error: string }; onTime: OnTimeScore | null }) {
  const period = "insights" in result ? result.insights.period : null
  return (
    <>
      <PageHeader title="Insights">
        <p>
          What you spent with us, from your invoices: amounts exclude VAT and are net of credit notes (void documents do not count), each compared with
          the same number of months just before.
        </p>
      </PageHeader>
      <Card title="Period">
        <form method="get" action="/account/insights" className={styles.filters} aria-label="Insights period">
          <label className={formStyles.field}>
            <span>From month</span>
            <input type="month" name="from" defaultValue={period?.from ?? ""} />
          </label>
          <label className={formStyles.field}>
            <span>To month</span>
            <input type="month" name="to" defaultValue={period?.to ?? ""} />
          </label>
          <div className={styles.actions}>
            <button type="submit" className={formStyles.submit}>
              Show spending
            </button>
          </div>
        </form>
      </Card>
      {"error" in result ? (
        <p role="alert" className={formStyles.error}>
          {result.error}
        </p>
      ) : (
        <InsightsBody insights={result.insights} onTime={onTime} />
      )}
    </>
  )
}
