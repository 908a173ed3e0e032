/**
 * `npm run bench:insights`: the Insights page's data for the customer with 5,000 invoiced orders (bench:orders' big
 * customer, its orders invoiced in the stand-in OrderFlow), under 100 and then 500 signed-in sessions that each ask
 * every 5–15 s (about 10 and 50 requests a second), each after a 30 s warm-up: the last 12 months, 24 months, and a
 * CSV table (`BENCH_SESSIONS=100,500`).
 * Prints p50/p95/p99, errors and timeouts. Target: p95 ≤ 100 ms.
 */
import { addMonths } from "../integrations/src/insights"
import { DEMO_CUSTOMER_PASSWORD } from "../integrations/src/orderflow/demo-customers"
import { signInCustomer } from "../scripts/lib/customer-session"
import { BIG_CUSTOMER, startWithBigCustomer, useBenchEnvironment } from "./lib/big-customer"

/** The sessions of each phase: a light load first, then the 500 of bench:orders. */
const SESSION_STEPS = (process.env.BENCH_SESSIONS ?? "100,500").split(",").map(Number)
const SESSIONS = Math.max(...SESSION_STEPS)
const DURATION_MS = Number(process.env.BENCH_DURATION_SECONDS ?? 60) * 1_000
const WARM_UP_MS = 30_000
const TIMEOUT_MS = 10_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN)
const figures = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, worst ${sorted.at(-1)?.toFixed(0)} ms`
}

export default async function insightsBenchmark() {
  useBenchEnvironment(25360)
  const stack = await startWithBigCustomer()
  try {
    const medusaUrl = stack.config.urls.medusa
    const thisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Johannesburg" }).format(new Date()).slice(0, 7)
    const token = await signInCustomer(medusaUrl, stack.publishableKey, BIG_CUSTOMER.email, DEMO_CUSTOMER_PASSWORD)
    const headers = (sessionToken: string) => ({ "x-publishable-api-key": stack.publishableKey, authorization: `Bearer ${sessionToken}` })
    const year = (await (await fetch(`${medusaUrl}/store/portal/insights`, { headers: headers(token) })).json()) as { insights: { totals: { invoices: number; net_cents: number } } }
    console.log(`${BIG_CUSTOMER.customerNumber}: ${year.insights.totals.invoices} orders invoiced in the last 12 months, net R ${(year.insights.totals.net_cents / 100).toFixed(2)}`)

    console.log(`signing in ${SESSIONS} sessions…`)
    const tokens: string[] = []
    for (let batch = 0; batch < SESSIONS; batch += 10) {
      tokens.push(...(await Promise.all(Array.from({ length: Math.min(10, SESSIONS - batch) }, () => signInCustomer(medusaUrl, stack.publishableKey, BIG_CUSTOMER.email, DEMO_CUSTOMER_PASSWORD)))))
    }
    const mix = () => {
      const roll = Math.random()
      if (roll < 0.6) return { kind: "last 12 months", path: "/store/portal/insights" }
      if (roll < 0.8) return { kind: "24 months", path: `/store/portal/insights?from=${addMonths(thisMonth, -23)}&to=${thisMonth}` }
      return { kind: "CSV (products)", path: "/store/portal/insights/csv?table=products" }
    }
    let samples: { kind: string; ms: number; ok: boolean }[] = []
    const run = async (sessions: string[], durationMs: number, keep: boolean) => {
      const deadline = performance.now() + durationMs
      await Promise.all(
        sessions.map(async (sessionToken) => {
          await sleep(Math.random() * 15_000)
          while (performance.now() < deadline) {
            const request = mix()
            const started = performance.now()
            let ok = false
            try {
              const response = await fetch(`${medusaUrl}${request.path}`, { headers: headers(sessionToken), signal: AbortSignal.timeout(TIMEOUT_MS) })
              await response.arrayBuffer()
              ok = response.ok
            } catch {
              ok = false
            }
            if (keep) samples.push({ kind: request.kind, ms: performance.now() - started, ok })
            await sleep(5_000 + Math.random() * 10_000)
          }
        })
      )
    }
    for (const sessions of SESSION_STEPS) {
      samples = []
      console.log(`${sessions} sessions: warming up for ${WARM_UP_MS / 1000} s (not counted), then ${DURATION_MS / 1000} s counted`)
      await run(tokens.slice(0, sessions), WARM_UP_MS, false)
      await run(tokens.slice(0, sessions), DURATION_MS, true)
      console.log(`Insights for a customer with 5,000 orders under ${sessions} sessions (target: p95 ≤ 100 ms):`)
      for (const kind of [...new Set(samples.map((sample) => sample.kind))]) {
        const mine = samples.filter((sample) => sample.kind === kind)
        const ok = mine.filter((sample) => sample.ok).map((sample) => sample.ms)
        console.log(`  ${kind.padEnd(16)} ${String(mine.length).padStart(6)} requests   ${figures(ok)}   errors/timeouts ${mine.length - ok.length}`)
      }
    }
  } finally {
    await stack.stop()
  }
}
