/**
 * `npm run bench:sync-latency`: with the portal running (production build, demo data, the ERP simulator busy in
 * the background), orders of a demo customer move a step forward in OrderFlow; for each, the time from the ERP's
 * commit until the customer sees the new status through the store API.
 */
import { rmSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { signInCustomer } from "../scripts/lib/customer-session"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { ErpSimulator } from "../integrations/src/orderflow/stand-in"
import { ROOT, loadConfig } from "../scripts/lib/config"
import { startStack } from "../scripts/lib/stack"

const BENCH_ENVIRONMENT = {
  PORTAL_DATA_DIR: ".data/bench-latency",
  POSTGRES_PORT: "25353",
  MEDUSA_PORT: "29100",
  STOREFRONT_PORT: "28100",
  CMS_PORT: "23100",
  MAILDEV_SMTP_PORT: "21125",
  MAILDEV_WEB_PORT: "21180",
  // The bench runs its own simulator, so it knows which change it is waiting for.
  ORDERFLOW_SIMULATOR: "off",
}
// The four demo customers have about 30 open order steps between them on a fresh demo.
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 25)
const NEXT_STATUS: Record<string, string> = { PE: "CF", CF: "PR", PR: "PK", PK: "SH", SH: "DL" }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

export default async function syncLatencyBenchmark() {
  Object.assign(process.env, BENCH_ENVIRONMENT)
  for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL", "SMTP_URL"]) delete process.env[name]
  // A fresh demo each run, so the demo customers have open orders to move.
  rmSync(path.join(ROOT, BENCH_ENVIRONMENT.PORTAL_DATA_DIR), { recursive: true, force: true })
  console.log("starting the portal on a fresh demo (builds if needed, generates and imports the ERP data)…")
  const stack = await startStack(loadConfig(), () => undefined)
  const { config } = stack
  const erp = new pg.Pool({ connectionString: config.postgres.orderflowUrl, max: 2 })
  const medusaDb = new pg.Pool({ connectionString: config.postgres.medusaUrl, max: 2 })
  const background = new ErpSimulator(config.postgres.orderflowUrl, { intervalMs: 1_000, seed: Date.now() % 10_000, lateCommitMaxMs: 2_000 })
  const bench = new ErpSimulator(config.postgres.orderflowUrl, { seed: 1 })
  try {
    const tokens = new Map<string, string>()
    for (const customer of DEMO_CUSTOMERS) {
      tokens.set(customer.customerNumber, await signInCustomer(config.urls.medusa, stack.publishableKey, customer.email, DEMO_CUSTOMER_PASSWORD))
    }

    background.start()
    const latencies: number[] = []
    for (let sample = 0; sample < SAMPLES; sample++) {
      const { rows } = await erp.query<{ ord_no: number; status_cd: string; cust_no: string }>(
        `SELECT ord_no, trim(status_cd) AS status_cd, cust_no FROM ord_hdr WHERE cust_no = ANY($1) AND status_cd IN ('PE','CF','PR','PK','SH') ORDER BY random() LIMIT 1`,
        [[...tokens.keys()]]
      )
      const order = rows[0]
      // The background simulator moves the same customers' orders too; stop when none are left to move.
      if (!order) break
      const headers = { "x-publishable-api-key": stack.publishableKey, authorization: `Bearer ${tokens.get(order.cust_no)}` }
      const { rows: linked } = await medusaDb.query<{ order_id: string }>(`SELECT order_id FROM erp_order WHERE ord_no = $1 AND deleted_at IS NULL`, [order.ord_no])
      if (!linked[0]) throw new Error(`order ${order.ord_no} is not imported`)
      const expected = NEXT_STATUS[order.status_cd]!

      await bench.advance(order.ord_no)
      const committed = performance.now()
      for (;;) {
        // The store's order list carries metadata (its single-order route leaves it out).
        const response = await fetch(`${config.urls.medusa}/store/orders?id=${linked[0].order_id}&fields=id,metadata`, { headers })
        const body = (await response.json()) as { orders?: { metadata?: { erp_status?: string } }[] }
        if (body.orders?.[0]?.metadata?.erp_status === expected) break
        if (performance.now() - committed > 60_000) throw new Error(`order ${order.ord_no} did not reach ${expected} within 60 s: ${JSON.stringify(body)}`)
        await sleep(20)
      }
      latencies.push(performance.now() - committed)
      process.stdout.write(`\r  ${sample + 1} of ${SAMPLES} changes seen   `)
      // Changes land at random moments relative to the sync's schedule, as real ones do.
      await sleep(200 + Math.random() * 1_300)
    }
    process.stdout.write("\r\x1b[K")
    if (latencies.length < 10) throw new Error(`only ${latencies.length} changes could be measured`)
    const sorted = [...latencies].sort((a, b) => a - b)
    console.log(`ERP commit → visible to the owner through GET /store/orders, ${latencies.length} status changes (simulator busy meanwhile):`)
    console.log(`  p50 ${Math.round(percentile(sorted, 50))} ms   p95 ${Math.round(percentile(sorted, 95))} ms   max ${Math.round(sorted.at(-1)!)} ms   (target: p95 at most 2,000 ms)`)
  } finally {
    await background.stop()
    await bench.stop()
    await Promise.all([erp.end(), medusaDb.end()])
    await stack.stop()
  }
}
