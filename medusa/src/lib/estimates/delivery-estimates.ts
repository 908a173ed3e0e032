import type { MedusaContainer } from "@medusajs/framework/types"
import {
  type DeliveryModel,
  buildDeliveryModel,
  deliveryRecords,
  estimateDelivery,
  johannesburgWeekday,
  splitForCalibration,
  usualCarriers,
} from "@portal/integrations/estimates"
import { johannesburgDay } from "@portal/integrations/locale"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type { DeliveryEstimateRow, OpenOrderFacts } from "../../modules/orderflow-sync/repositories/delivery-estimates"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import { refreshDeliveryEstimatesWorkflow } from "../../workflows/orderflow/refresh-delivery-estimates"

const DAY = 86_400_000
/** The estimator learns from the last year's deliveries: recent enough to reflect today's carriers and routes. */
const HISTORY_DAYS = 365
/** A model this old is rebuilt before use; the hourly job rebuilds it anyway. */
const MODEL_MAX_AGE_MS = 60 * 60 * 1000

interface LearnedModel {
  model: DeliveryModel
  usual: Map<number, string>
  deliveries: number
  builtAt: number
  buildMs: number
}

/** Per process: the job and the status-change subscriber share it. */
let learned: LearnedModel | null = null
/** Refreshes run one after another: a full one never overwrites a newer one for an order that changed meanwhile. */
let queue: Promise<unknown> = Promise.resolve()

/** Learns the estimator from OrderFlow's history of deliveries (a quarter held out to calibrate it). */
async function buildEstimator(container: MedusaContainer, now: Date): Promise<LearnedModel> {
  const started = performance.now()
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const history = await sync.deliveryHistory(new Date(now.getTime() - HISTORY_DAYS * DAY))
  const usual = usualCarriers(history)
  const { training, calibration } = splitForCalibration(history)
  const model = buildDeliveryModel(
    training.flatMap((order) => deliveryRecords(order, usual)),
    calibration.flatMap((order) => deliveryRecords(order, usual))
  )
  learned = { model, usual, deliveries: history.length, builtAt: Date.now(), buildMs: performance.now() - started }
  return learned
}

/** The estimate of each open order as of `now` (orders nothing compares with get none). */
export function estimateOpenOrders({ model, usual }: Pick<LearnedModel, "model" | "usual">, orders: OpenOrderFacts[], now: Date): DeliveryEstimateRow[] {
  const rows: DeliveryEstimateRow[] = []
  for (const order of orders) {
    const enteredAt = new Date(order.status_changed_at).getTime()
    const daysInStatus = Math.max(0, Math.floor((now.getTime() - enteredAt) / DAY))
    // Past deliveries were observed on entering a status and after each whole day in it: compare from there.
    const observedAt = enteredAt + daysInStatus * DAY
    const carrierKnown = order.carrier !== null
    const carrier = order.carrier ?? (order.deliv_addr_id === null ? "" : (usual.get(order.deliv_addr_id) ?? ""))
    const weekday = johannesburgWeekday(observedAt)
    const estimate = estimateDelivery(model, { carrier, province: order.province, weekday, lines: order.lines, status: order.status, daysInStatus })
    if (!estimate) continue
    // A range's start already passed is today: the parcel can still come today, not yesterday.
    const day = (days: number) => johannesburgDay(new Date(Math.max(now.getTime(), observedAt + days * DAY)))
    const latest = day(estimate.highDays)
    rows.push({
      ord_no: order.ord_no,
      customer_id: order.customer_id,
      earliest_date: day(estimate.lowDays),
      latest_date: latest,
      coverage_percent: Math.round(estimate.coverage * 100),
      based_on: estimate.basedOn,
      compared_by: [...estimate.comparedBy],
      carrier: carrier || null,
      carrier_known: carrierKnown,
      province: order.province || null,
      weekday,
      status: order.status,
      days_in_status: daysInStatus,
      running_late: order.promised_date !== null && latest > order.promised_date,
      computed_at: now,
    })
  }
  return rows
}

/**
 * Works out and stores the delivery estimates of these orders (all open orders when none are named), learning the
 * estimator first when this process has none yet, it is over an hour old, or `rebuild` asks. Calls wait for the one
 * before (the hourly job and the subscriber's batches never interleave their reads and writes).
 */
export function refreshDeliveryEstimates(
  container: MedusaContainer,
  options: { ordNos?: number[]; rebuild?: boolean; now?: Date } = {}
): Promise<{ estimated: number; open: number; deliveries: number; buildMs: number | null }> {
  const run = queue.then(() => refreshNow(container, options))
  queue = run.catch(() => undefined)
  return run
}

async function refreshNow(container: MedusaContainer, options: { ordNos?: number[]; rebuild?: boolean; now?: Date }) {
  const now = options.now ?? new Date()
  const rebuilt = options.rebuild || !learned || Date.now() - learned.builtAt > MODEL_MAX_AGE_MS
  const estimator = rebuilt ? await buildEstimator(container, now) : learned!
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const ordNos = options.ordNos ? [...new Set(options.ordNos)] : null
  if (ordNos && !ordNos.length) return { estimated: 0, open: 0, deliveries: estimator.deliveries, buildMs: null }
  const open = await sync.openOrdersToEstimate(ordNos)
  const estimates = estimateOpenOrders(estimator, open, now)
  await refreshDeliveryEstimatesWorkflow(container).run({ input: { ordNos, estimates } })
  return { estimated: estimates.length, open: open.length, deliveries: estimator.deliveries, buildMs: rebuilt ? estimator.buildMs : null }
}
