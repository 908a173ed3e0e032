import { type DeliveryEstimate, type DeliveryModel, type DeliveryRecord, type EstimateOptions, DEFAULT_ESTIMATE_OPTIONS, buildDeliveryModel, estimateDelivery, splitForCalibration } from "./model.js"

/** One delivered (or still open) order as OrderFlow's history tells it: timestamps in UTC milliseconds. */
export interface OrderHistory {
  ordNo: number
  /** The carrier of its shipment ("" before it shipped). */
  carrier: string
  /** OrderFlow's delivery address (cust_address.addr_id): its usual carrier stands in before the order ships. */
  addressId: number | null
  province: string
  lines: number
  /** Each status the order entered, in order, with when. */
  statuses: { status: string; at: number }[]
  /** When it was delivered; null while it is not. */
  deliveredAt: number | null
  /** The day the seller promised, as the end of that day in UTC milliseconds; null when none. */
  promisedBy: number | null
}

const DAY_MS = 86_400_000
/** Johannesburg keeps UTC+2 all year. */
const JOHANNESBURG_OFFSET_MS = 2 * 3_600_000

/** 0 Sunday … 6 Saturday, in Johannesburg. */
export const johannesburgWeekday = (ms: number) => new Date(ms + JOHANNESBURG_OFFSET_MS).getUTCDay()

/** Each delivery address's usual carrier: the one that delivered most of its orders (the seller routes by area). */
export function usualCarriers(orders: readonly Pick<OrderHistory, "addressId" | "carrier" | "deliveredAt">[]): Map<number, string> {
  const counts = new Map<number, Map<string, number>>()
  for (const order of orders) {
    if (order.addressId === null || order.deliveredAt === null || !order.carrier) continue
    const mine = counts.get(order.addressId) ?? new Map<string, number>()
    mine.set(order.carrier, (mine.get(order.carrier) ?? 0) + 1)
    counts.set(order.addressId, mine)
  }
  return new Map(
    [...counts].map(([address, carriers]) => [address, [...carriers].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]])
  )
}

/**
 * The carrier as it was known when the order entered its `index`-th status: OrderFlow names the carrier with the
 * shipment, so before the first "shipped" it is the delivery address's usual carrier ("" for a new address), and
 * estimates compare orders on that.
 */
export function carrierAsOf(order: Pick<OrderHistory, "carrier" | "addressId" | "statuses">, index: number, usual: ReadonlyMap<number, string>): string {
  if (order.statuses.slice(0, index + 1).some((entered) => entered.status === "SH")) return order.carrier
  return order.addressId === null ? "" : (usual.get(order.addressId) ?? "")
}

/**
 * What a delivered order teaches: for each status it passed through before delivery, an observation when it
 * entered it and one after each whole day it stayed (so that "two days shipped and not yet delivered" compares
 * with orders that also were), each with the days that were still to come.
 */
export function deliveryRecords(order: OrderHistory, usual: ReadonlyMap<number, string> = new Map()): DeliveryRecord[] {
  if (order.deliveredAt === null) return []
  const records: DeliveryRecord[] = []
  order.statuses.forEach((entered, index) => {
    const left = order.statuses[index + 1]?.at ?? order.deliveredAt!
    if (entered.at >= order.deliveredAt!) return
    for (let day = 0; entered.at + day * DAY_MS < Math.min(left, order.deliveredAt!); day++) {
      const observed = entered.at + day * DAY_MS
      records.push({
        carrier: carrierAsOf(order, index, usual),
        province: order.province,
        weekday: johannesburgWeekday(observed),
        lines: order.lines,
        status: entered.status,
        daysInStatus: day,
        daysToDelivery: (order.deliveredAt! - observed) / DAY_MS,
      })
    }
  })
  return records
}

export interface BacktestResult {
  estimates: number
  /** Share of estimates whose range held the delivery, overall and per carrier. */
  coverage: number
  /**
   * Per carrier as the estimate knew it (the shipment's, or before shipping the address's usual one: what the page
   * names and the calibration is per), and per carrier that in the end delivered.
   */
  coverageByCarrier: Record<string, { estimates: number; coverage: number }>
  coverageByDeliveringCarrier: Record<string, { estimates: number; coverage: number }>
  /** Median width of the ranges, in days. */
  medianWidthDays: number
  /** Median absolute error, in days, of the range's middle and of the seller's promise, against the delivery. */
  medianErrorDays: number
  medianPromiseErrorDays: number
}

const median = (values: number[]) => {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Trains on the orders delivered before `cutoff` (calibrating on a quarter of them) and estimates every order
 * delivered after it, as of entering each status it passed through: how often the range held the delivery, how wide
 * it was, and how far its middle and the seller's promise were from the delivery.
 */
export function backtest(orders: readonly OrderHistory[], cutoff: number, options: EstimateOptions = DEFAULT_ESTIMATE_OPTIONS): BacktestResult & { model: DeliveryModel } {
  const before = orders.filter((order) => order.deliveredAt !== null && order.deliveredAt < cutoff).sort((a, b) => a.ordNo - b.ordNo)
  const usual = usualCarriers(before)
  const { training, calibration } = splitForCalibration(before)
  const model = buildDeliveryModel(
    training.flatMap((order) => deliveryRecords(order, usual)),
    calibration.flatMap((order) => deliveryRecords(order, usual)),
    options
  )
  const outcomes: { carrier: string; delivering: string; inside: boolean; width: number; error: number; promiseError: number | null }[] = []
  for (const order of orders) {
    if (order.deliveredAt === null || order.deliveredAt < cutoff) continue
    for (const [index, entered] of order.statuses.entries()) {
      if (entered.at >= order.deliveredAt) continue
      const carrier = carrierAsOf(order, index, usual)
      const estimate: DeliveryEstimate | null = estimateDelivery(model, { ...order, carrier, weekday: johannesburgWeekday(entered.at), status: entered.status, daysInStatus: 0 })
      if (!estimate) continue
      const actual = (order.deliveredAt - entered.at) / DAY_MS
      outcomes.push({
        carrier: carrier || "(new address)",
        delivering: order.carrier,
        inside: actual >= estimate.lowDays && actual <= estimate.highDays,
        width: estimate.highDays - estimate.lowDays,
        error: Math.abs((estimate.lowDays + estimate.highDays) / 2 - actual),
        promiseError: order.promisedBy === null ? null : Math.abs((order.promisedBy - order.deliveredAt) / DAY_MS),
      })
    }
  }
  const share = (items: typeof outcomes) => (items.length ? items.filter((outcome) => outcome.inside).length / items.length : Number.NaN)
  const coverageBy = (carrierOf: (outcome: (typeof outcomes)[number]) => string) =>
    Object.fromEntries(
      [...new Set(outcomes.map(carrierOf))].sort().map((carrier) => {
        const mine = outcomes.filter((outcome) => carrierOf(outcome) === carrier)
        return [carrier, { estimates: mine.length, coverage: share(mine) }]
      })
    )
  return {
    model,
    estimates: outcomes.length,
    coverage: share(outcomes),
    coverageByCarrier: coverageBy((outcome) => outcome.carrier),
    coverageByDeliveringCarrier: coverageBy((outcome) => outcome.delivering),
    medianWidthDays: median(outcomes.map((outcome) => outcome.width)),
    medianErrorDays: median(outcomes.map((outcome) => outcome.error)),
    medianPromiseErrorDays: median(outcomes.flatMap((outcome) => (outcome.promiseError === null ? [] : [outcome.promiseError]))),
  }
}

/** The share of an account's deliveries in the window that arrived by the promised day (orders with a promise). */
export function onTimeShare(orders: readonly Pick<OrderHistory, "deliveredAt" | "promisedBy">[], from: number, to: number): { deliveries: number; onTime: number; share: number | null } {
  const counted = orders.filter((order) => order.deliveredAt !== null && order.promisedBy !== null && order.deliveredAt >= from && order.deliveredAt < to)
  const onTime = counted.filter((order) => order.deliveredAt! <= order.promisedBy!).length
  return { deliveries: counted.length, onTime, share: counted.length ? onTime / counted.length : null }
}
