/**
 * `npm run bench:estimates`: the delivery estimates' backtest on the stand-in OrderFlow's history
 * (integrations/estimates). Trains on the orders delivered before a cut-off 60 days before the last delivery,
 * estimates every order delivered after it as of each status it entered, and prints the 80 % range's coverage
 * (target 80 % ± 3 points, overall and per carrier), its median width, the median error of its middle against the
 * seller's promise's (target: at most half), and the time to rebuild the model from the whole history (target
 * ≤ 10 s). `BENCH_ESTIMATES_SIZE=bench` uses the 200,000-order dataset (generated once, about 4 minutes).
 */
import path from "node:path"
import pg from "pg"
import { type OrderHistory, backtest, buildDeliveryModel, deliveryRecords, onTimeShare, splitForCalibration, usualCarriers } from "../integrations/src/estimates"
import { createStandInDatabase, generateStandInData, type StandInSize } from "../integrations/src/orderflow/stand-in"
import { ROOT } from "../scripts/lib/config"
import { startEmbeddedPostgres } from "../scripts/lib/postgres"

const SIZE = (process.env.BENCH_ESTIMATES_SIZE ?? "demo") as StandInSize
const PORT = 54420
const DAY = 86_400_000

interface HistoryRow {
  ord_no: number
  deliv_addr_id: number | null
  carrier: string
  province: string | null
  lines: number
  statuses: { status: string; at: number }[]
  delivered_at: number | null
  promised_by: number | null
}

/** OrderFlow's history as the estimator reads it: Johannesburg wall-clock times made UTC instants. */
async function readHistory(erp: pg.Pool): Promise<OrderHistory[]> {
  // Whole-table aggregates joined by hash: OrderFlow has no index on the history's or lines' order number, and a
  // subquery per order took over 15 minutes on the 200,000-order dataset.
  const { rows } = await erp.query<HistoryRow>(
    `WITH line_counts AS (SELECT ord_no, count(*)::int AS lines FROM ord_line GROUP BY ord_no),
          histories AS (
            SELECT ord_no, json_agg(json_build_object('status', status_cd, 'at', extract(epoch FROM changed_at AT TIME ZONE 'Africa/Johannesburg') * 1000) ORDER BY changed_at) AS statuses
              FROM ord_status_hist WHERE status_cd NOT IN ('DL', 'CN', 'DR') GROUP BY ord_no),
          first_shipments AS (SELECT DISTINCT ON (ord_no) ord_no, carrier_cd, delivered_at FROM shipment ORDER BY ord_no, ship_id)
     SELECT h.ord_no, h.deliv_addr_id, s.carrier_cd AS carrier, a.province, coalesce(l.lines, 0) AS lines, coalesce(st.statuses, '[]') AS statuses,
            (extract(epoch FROM s.delivered_at AT TIME ZONE 'Africa/Johannesburg') * 1000)::float8 AS delivered_at,
            (extract(epoch FROM (h.promised_dt + 1)::timestamp AT TIME ZONE 'Africa/Johannesburg') * 1000)::float8 AS promised_by
       FROM ord_hdr h
       JOIN first_shipments s ON s.ord_no = h.ord_no
       LEFT JOIN line_counts l ON l.ord_no = h.ord_no
       LEFT JOIN histories st ON st.ord_no = h.ord_no
       LEFT JOIN cust_address a ON a.addr_id = h.deliv_addr_id
      WHERE h.status_cd <> 'CN'`
  )
  return rows.map((row) => ({
    ordNo: row.ord_no,
    carrier: row.carrier,
    addressId: row.deliv_addr_id,
    province: row.province ?? "unknown",
    lines: row.lines,
    statuses: row.statuses,
    deliveredAt: row.delivered_at,
    promisedBy: row.promised_by,
  }))
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`

export default async function estimatesBenchmark() {
  const postgres = await startEmbeddedPostgres(path.join(ROOT, ".data", `bench-estimates-${SIZE}`), PORT)
  const adminUrl = `postgres://postgres:postgres@localhost:${PORT}/orderflow`
  const server = new pg.Client({ connectionString: `postgres://postgres:postgres@localhost:${PORT}/postgres` })
  await server.connect()
  if (!(await server.query("SELECT 1 FROM pg_database WHERE datname = 'orderflow'")).rowCount) await server.query("CREATE DATABASE orderflow")
  await server.end()
  const erp = new pg.Pool({ connectionString: adminUrl, max: 2 })
  try {
    if (await createStandInDatabase(adminUrl)) {
      console.log(`generating the stand-in OrderFlow (${SIZE})…`)
      await generateStandInData(adminUrl, { size: SIZE, now: new Date() })
    }
    const history = await readHistory(erp)
    const delivered = history.filter((order) => order.deliveredAt !== null)
    console.log(`${history.length} orders with a shipment, ${delivered.length} delivered (${SIZE} dataset)`)
    const last = delivered.reduce((latest, order) => Math.max(latest, order.deliveredAt!), 0)
    const result = backtest(history, last - 60 * DAY)
    console.log(`Backtest: trained before ${new Date(last - 60 * DAY).toISOString().slice(0, 10)}, ${result.estimates} estimates (each later delivery as of each status it entered)`)
    console.log(`  coverage of the 80 % range: ${percent(result.coverage)} (target 80 % ± 3)`)
    const byCarrier = (figures: Record<string, { estimates: number; coverage: number }>) =>
      Object.entries(figures).map(([carrier, { coverage, estimates }]) => `${carrier} ${percent(coverage)} of ${estimates}`).join(", ")
    console.log(`    per carrier as estimated (the shipment's, or before it the address's usual one): ${byCarrier(result.coverageByCarrier)}`)
    console.log(`    per carrier that delivered: ${byCarrier(result.coverageByDeliveringCarrier)}`)
    console.log(`  median width of the range: ${result.medianWidthDays.toFixed(1)} days`)
    console.log(
      `  median error of the range's middle: ${result.medianErrorDays.toFixed(2)} days; of the seller's promise: ${result.medianPromiseErrorDays.toFixed(2)} days ` +
        `(target: at most half, ${(result.medianErrorDays / result.medianPromiseErrorDays).toFixed(2)}×)`
    )
    const onTime = onTimeShare(history, last - 90 * DAY, last + 1)
    console.log(`  deliveries by the promised day over the last 90 days: ${onTime.share === null ? "none" : percent(onTime.share)} of ${onTime.deliveries}`)
    const rebuild = (orders: OrderHistory[]) => {
      const started = performance.now()
      const usual = usualCarriers(orders)
      const { training, calibration } = splitForCalibration([...orders].sort((a, b) => a.ordNo - b.ordNo))
      const model = buildDeliveryModel(training.flatMap((order) => deliveryRecords(order, usual)), calibration.flatMap((order) => deliveryRecords(order, usual)))
      return { model, seconds: (performance.now() - started) / 1000 }
    }
    // The portal learns from the last year's deliveries (lib/estimates); the whole history is shown for scale.
    const lastYear = rebuild(delivered.filter((order) => order.deliveredAt! >= last - 365 * DAY))
    console.log(`Rebuilding the model from the last year's deliveries (as the portal does): ${lastYear.seconds.toFixed(2)} s (target ≤ 10 s), ${lastYear.model.groups.size} groups, calibrated on ${lastYear.model.calibrationSize} observations`)
    const whole = rebuild(delivered)
    console.log(`Rebuilding it from the whole history (${delivered.length} deliveries): ${whole.seconds.toFixed(2)} s`)
  } finally {
    await erp.end()
    await postgres.stop()
  }
}
