/**
 * `npm run bench:orders`: a customer with 5,000 orders; 500 concurrent sessions list, filter and open orders through
 * the store API (the portal's routes), then the same sessions list orders through Medusa's stock `GET /store/orders`.
 * Each session is a person at the portal: it sends a request, reads the page, and clicks again 5–15 s later (about
 * 50 requests/s from 500 people). After 60 s of the same load to warm the servers up (not counted), prints
 * p50/p95/p99, throughput and errors per request kind, the stock/portal ratio, and the list's saturation throughput
 * (8 clients that never pause).
 */
import { DEMO_CUSTOMER_PASSWORD } from "../integrations/src/orderflow/demo-customers"
import { DEMO_CATALOGUE } from "../integrations/src/orderflow"
import { signInCustomer } from "../scripts/lib/customer-session"
import { BIG_CUSTOMER, startWithBigCustomer, useBenchEnvironment } from "./lib/big-customer"

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 500)
const DURATION_MS = Number(process.env.BENCH_DURATION_SECONDS ?? 60) * 1_000
const WARM_UP_MS = 60_000
const THINK_MS = { min: 5_000, max: 15_000 }
const TIMEOUT_MS = 10_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN)

interface Sample {
  kind: string
  ms: number
  ok: boolean
}

type Request = { kind: string; path: string }

/** Runs `sessions` people for `durationMs`, each choosing its next request with `next`. */
async function load(
  medusaUrl: string,
  headersFor: (session: number) => Record<string, string>,
  next: () => Request,
  durationMs: number,
  { sessions = SESSIONS, think = THINK_MS } = {}
): Promise<Sample[]> {
  const samples: Sample[] = []
  const deadline = performance.now() + durationMs
  const person = async (session: number) => {
    // People do not all click at once: the first requests spread over one think time.
    await sleep(Math.random() * think.max)
    while (performance.now() < deadline) {
      const request = next()
      const started = performance.now()
      let ok = false
      try {
        const response = await fetch(`${medusaUrl}${request.path}`, { headers: headersFor(session), signal: AbortSignal.timeout(TIMEOUT_MS) })
        await response.arrayBuffer()
        ok = response.ok
      } catch {
        ok = false
      }
      samples.push({ kind: request.kind, ms: performance.now() - started, ok })
      await sleep(think.min + Math.random() * (think.max - think.min))
    }
  }
  await Promise.all(Array.from({ length: sessions }, (_, session) => person(session)))
  return samples
}

function report(label: string, samples: Sample[], durationMs: number): Record<string, number> {
  const p95s: Record<string, number> = {}
  console.log(label)
  for (const kind of [...new Set(samples.map((sample) => sample.kind))]) {
    const mine = samples.filter((sample) => sample.kind === kind)
    const sorted = mine.filter((sample) => sample.ok).map((sample) => sample.ms).sort((a, b) => a - b)
    const errors = mine.length - sorted.length
    p95s[kind] = percentile(sorted, 95)
    console.log(
      `  ${kind.padEnd(26)} ${String(mine.length).padStart(6)} requests  ${(mine.length / (durationMs / 1000)).toFixed(0).padStart(4)}/s   ` +
        `p50 ${percentile(sorted, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(sorted, 95).toFixed(0).padStart(5)} ms   p99 ${percentile(sorted, 99).toFixed(0).padStart(5)} ms   errors ${errors}`
    )
  }
  return p95s
}

export default async function ordersBenchmark() {
  useBenchEnvironment(25360)
  const stack = await startWithBigCustomer()
  try {
    const medusaUrl = stack.config.urls.medusa
    console.log(`signing in ${SESSIONS} sessions of ${BIG_CUSTOMER.customerNumber}…`)
    const tokens: string[] = []
    for (let batch = 0; batch < SESSIONS; batch += 10) {
      const count = Math.min(10, SESSIONS - batch)
      tokens.push(...(await Promise.all(Array.from({ length: count }, () => signInCustomer(medusaUrl, stack.publishableKey, BIG_CUSTOMER.email, DEMO_CUSTOMER_PASSWORD)))))
    }
    const headersFor = (session: number) => ({ "x-publishable-api-key": stack.publishableKey, authorization: `Bearer ${tokens[session]}` })

    const { orders } = (await (await fetch(`${medusaUrl}/store/portal/orders?limit=100`, { headers: headersFor(0) })).json()) as { orders: { ord_no: number }[] }
    const { count } = (await (await fetch(`${medusaUrl}/store/portal/orders?limit=1`, { headers: headersFor(0) })).json()) as { count: number }
    const pages = Math.ceil(count / 20)
    const skus = DEMO_CATALOGUE.filter((product) => product.active).map((product) => product.sku)
    const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!
    console.log(`${count} visible orders (${pages} pages of 20); ${SESSIONS} sessions for ${DURATION_MS / 1000} s per phase`)

    const mix = (): Request => {
      const roll = Math.random()
      if (roll < 0.4) return { kind: "list (page of 20)", path: `/store/portal/orders?limit=20&offset=${20 * Math.floor(Math.random() * Math.min(pages, 10))}` }
      if (roll < 0.55) return { kind: "filter by status and date", path: `/store/portal/orders?status=delivered&from=2026-01-01&to=2026-06-30&limit=20` }
      if (roll < 0.7) return { kind: "search by product SKU", path: `/store/portal/orders?q=${pick(skus)}&limit=20` }
      return { kind: "open an order", path: `/store/portal/orders/${pick(orders).ord_no}` }
    }
    // A server that has just started is still compiling its hot paths; people meet one that has been running.
    console.log(`warming up: the same mix for ${WARM_UP_MS / 1000} s, not counted`)
    await load(medusaUrl, headersFor, mix, WARM_UP_MS)
    const portal = await load(medusaUrl, headersFor, mix, DURATION_MS)
    const portalP95 = report(`Portal routes, ${SESSIONS} concurrent sessions:`, portal, DURATION_MS)

    // Before the stock route: its backlog keeps Medusa busy long after its clients gave up.
    const listSaturated = await load(medusaUrl, headersFor, () => ({ kind: "list, no pauses", path: "/store/portal/orders?limit=20" }), 15_000, {
      sessions: 8,
      think: { min: 0, max: 0 },
    })
    report("Saturation: 8 clients that never pause:", listSaturated, 15_000)

    const stock = await load(medusaUrl, headersFor, () => ({ kind: "stock GET /store/orders", path: `/store/orders?limit=20&offset=${20 * Math.floor(Math.random() * 10)}` }), DURATION_MS)
    const stockP95 = report(`Medusa's stock route, the same ${SESSIONS} sessions:`, stock, DURATION_MS)
    const ratio = stockP95["stock GET /store/orders"]! / portalP95["list (page of 20)"]!
    console.log(
      `list p95: portal ${portalP95["list (page of 20)"]!.toFixed(0)} ms vs stock ${stockP95["stock GET /store/orders"]!.toFixed(0)} ms — ` +
        `${Number.isFinite(ratio) ? `${ratio.toFixed(1)}× faster` : "stock had no successful request"} (target: list p95 at most 50 ms, no slower than stock)`
    )
  } finally {
    await stack.stop()
  }
}
