import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { centsToDecimalString } from "@portal/integrations"
import { terminalProgress } from "../lib/orderflow/progress"
import { runOrderflowSync } from "../lib/orderflow/sync-runner"
import { orderflowUrl } from "../lib/orderflow/orderflow-url"
import { PORTAL_SALES_CHANNEL } from "../lib/catalogue/erp-product"

const BASELINE_ORDERS = Number(process.env.BENCH_BASELINE_ORDERS ?? 1_000)
const perSecond = (rows: number, ms: number) => (ms > 0 ? Math.round((rows * 1000) / ms) : 0)

/**
 * `npm run bench:import` (through bench/import.ts): the whole OrderFlow import into an empty Medusa database, then
 * the first orders again through Medusa's standard createOrderWorkflow one by one, for comparison.
 */
export default async function benchImport({ container }: ExecArgs) {
  const reader = new PostgresOrderFlowReader(orderflowUrl())
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  try {
    const progress = terminalProgress()
    const summary = await runOrderflowSync(container, {
      reader,
      pageSize: Number(process.env.BENCH_PAGE_SIZE ?? 2_000),
      concurrency: Number(process.env.BENCH_CONCURRENCY ?? 3),
      onProgress: progress.onProgress,
    })
    progress.done()
    const importRss = process.resourceUsage().maxRSS / 1024
    const [{ lines }] = (await knex.raw(`SELECT count(*)::int AS lines FROM order_line_item`)).rows as { lines: number }[]
    const orders = summary.applied.orders ?? 0

    console.log(`import of the bench dataset: ${(summary.durationMs / 1000).toFixed(1)} s in all`)
    for (const [stream, applied] of Object.entries(summary.applied)) {
      const ms = summary.streamMs[stream] ?? 0
      console.log(`  ${stream.padEnd(10)} ${String(applied).padStart(8)} rows in ${(ms / 1000).toFixed(1).padStart(6)} s  ${String(perSecond(applied, ms)).padStart(6)} rows/s`)
    }
    const overall = perSecond(orders, summary.durationMs)
    console.log(`orders/s over the whole import (customers, shipments, documents and payments included): ${overall}   (target: at least 1,000)`)
    console.log(`orders/s, order stream alone: ${perSecond(orders, summary.streamMs.orders ?? 0)}`)
    console.log(`lines/s over the whole import: ${perSecond(lines, summary.durationMs)} (${lines} lines)`)
    console.log(`peak RSS of the import process: ${Math.round(importRss)} MB`)

    // The same first orders through Medusa's standard order-creation workflow, one at a time.
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "zar" }, { take: 1 })
    const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: PORTAL_SALES_CHANNEL }, { take: 1 })
    const customerIds = new Map(
      ((await knex.raw(`SELECT cust_no, customer_id FROM erp_customer WHERE deleted_at IS NULL`)).rows as { cust_no: string; customer_id: string }[]).map((row) => [row.cust_no, row.customer_id])
    )
    const baseline = (await reader.orders(null, BASELINE_ORDERS)).rows
    const started = Date.now()
    let failed = 0
    for (const order of baseline) {
      try {
        await createOrderWorkflow(container).run({
          input: {
            region_id: region!.id,
            sales_channel_id: channel!.id,
            customer_id: customerIds.get(order.custNo),
            currency_code: "zar",
            metadata: { ord_no: order.ordNo, source: "bench-baseline" },
            items: order.lines.map((line) => ({
              title: line.descr,
              quantity: line.qtyMilli / 1000,
              unit_price: centsToDecimalString(line.unitPriceCents),
              is_tax_inclusive: false,
            })),
          },
        })
      } catch {
        failed++
      }
    }
    const baselineMs = Date.now() - started
    const baselineRate = (baseline.length * 1000) / baselineMs
    console.log(`createOrderWorkflow, first ${baseline.length} orders one by one: ${(baselineMs / 1000).toFixed(1)} s, ${baselineRate.toFixed(1)} orders/s${failed ? ` (${failed} failed)` : ""}`)
    console.log(`ratio: the import is ${(overall / baselineRate).toFixed(0)}× faster (whole import) / ${(perSecond(orders, summary.streamMs.orders ?? 0) / baselineRate).toFixed(0)}× (order stream)`)
  } finally {
    await reader.close()
  }
}
