/**
 * Delivery estimates learned from OrderFlow's own history (issue 23): for an order not yet delivered, the range of
 * days in which comparable orders arrived after reaching the same status, with how often they did.
 *
 * - Comparable: the same carrier (before shipping: the delivery address's usual one), delivery province, weekday
 *   (of the day observed: the day ordered for a new order), order size and current status. When a group has too few
 *   past deliveries, coarser groups are tried in turn (dropping the size, then the province, then the weekday
 *   instead, then both, then the carrier), down to the status alone; the estimate says which group it used and how
 *   many deliveries it rests on.
 * - The range: the narrowest run of the group's past deliveries that holds 8 in 10 of them, adjusted by split
 *   conformal calibration: on deliveries held out of the groups, how far outside (or inside) their range they fell;
 *   every range moves by the (1 − α)(1 + 1/n) quantile of that, per carrier (Mondrian), so that about 80 % of new
 *   deliveries fall inside it whatever the groups (wider where small groups under-cover, narrower where they
 *   over-cover).
 * - Days already spent in the status count: an order shipped three days ago compares with past deliveries observed
 *   after three days shipped, which were still on their way then.
 * Pure functions over plain records: no database, no clock (the caller passes "as of"), so they test exactly.
 */

export interface DeliveryRecord {
  carrier: string
  province: string
  /**
   * 0 Sunday … 6 Saturday, in Johannesburg, of the day observed: the day the order was placed for a new order, the
   * day it shipped for one just shipped (a parcel shipped on Friday waits out the weekend).
   */
  weekday: number
  /** Order lines: sizes are bucketed (1–2, 3–5, 6–10, 11+). */
  lines: number
  /** The status the order was in, and for how many days it had been in it when it was observed. */
  status: string
  daysInStatus: number
  /** Days from that observation to delivery, fractional (from OrderFlow's timestamps): the thing estimated. */
  daysToDelivery: number
}

export type OrderFacts = Omit<DeliveryRecord, "daysToDelivery">

export interface EstimateOptions {
  /** The range's coverage: 0.8 for "8 in 10". */
  coverage: number
  /** A group with fewer past deliveries than this falls back to a coarser one. */
  minGroupSize: number
}

/** Below this many comparable deliveries even the coarsest group gives no estimate. */
const MIN_LAST_RESORT = 10

/** A carrier with fewer held-out deliveries than this is calibrated with everyone's. */
const MIN_CALIBRATION_PER_CARRIER = 50

export const DEFAULT_ESTIMATE_OPTIONS: EstimateOptions = { coverage: 0.8, minGroupSize: 30 }

type Key = keyof Pick<DeliveryRecord, "carrier" | "province" | "weekday" | "lines" | "status">

/**
 * From the finest group to the coarsest: the size goes first, then the province, then the weekday (with the province
 * back), then both, then the carrier. The status always stays.
 */
const LEVELS: readonly (readonly Key[])[] = [
  ["carrier", "province", "weekday", "lines", "status"],
  ["carrier", "province", "weekday", "status"],
  ["carrier", "weekday", "status"],
  ["carrier", "province", "status"],
  ["carrier", "status"],
  ["status"],
]

export const sizeBucket = (lines: number) => (lines <= 2 ? "1-2" : lines <= 5 ? "3-5" : lines <= 10 ? "6-10" : "11+")

const groupKey = (record: OrderFacts, keys: readonly Key[]) => keys.map((key) => (key === "lines" ? sizeBucket(record.lines) : String(record[key]))).join("|")

/** The split-conformal quantile: the ⌈(n + 1)(1 − α)⌉-th smallest score (the largest when n is small). */
export function conformalQuantile(scores: readonly number[], coverage: number): number {
  if (!scores.length) return 0
  const sorted = [...scores].sort((a, b) => a - b)
  const rank = Math.ceil((sorted.length + 1) * coverage)
  return sorted[Math.min(sorted.length, rank) - 1]!
}

export interface DeliveryModel {
  options: EstimateOptions
  /**
   * Days to delivery of each group's past deliveries, by level, group and whole days in the status
   * (`level#group@days`); each list is sorted when first used.
   */
  groups: Map<string, number[]>
  sorted: Set<string>
  /**
   * Days every range's start and end move (out when positive, in when negative), from the calibration set: per
   * carrier where it has enough held-out deliveries (so each carrier's ranges cover as stated, not only all of them
   * together), else the overall figure.
   */
  widening: number
  wideningByCarrier: Map<string, number>
  calibrationSize: number
  /** Ranges already worked out, by the order's facts and days in status (many open orders share them). */
  ranges: Map<string, RawRange | null>
}

interface RawRange {
  low: number
  high: number
  basedOn: number
  level: number
}

export interface DeliveryEstimate {
  /** Days (fractional) from "as of" to delivery: the range's ends; the page turns them into calendar days. */
  lowDays: number
  highDays: number
  coverage: number
  /** How many past deliveries the range rests on, and which facts made them comparable. */
  basedOn: number
  comparedBy: readonly Key[]
}

function rawRange(model: DeliveryModel, order: OrderFacts): RawRange | null {
  const cacheKey = `${groupKey(order, LEVELS[0]!)}@${order.daysInStatus}`
  if (model.ranges.has(cacheKey)) return model.ranges.get(cacheKey)!
  const range = uncachedRange(model, order)
  model.ranges.set(cacheKey, range)
  return range
}

/**
 * The narrowest run of sorted values that holds the stated share of them. Delivery times are skewed (most parcels
 * arrive on time, a few days late): the narrowest range sits where deliveries bunch, where the 10th–90th
 * percentile range would stretch towards the rare long delays and put its middle days after most arrivals.
 */
export function narrowestRange(sorted: readonly number[], coverage: number): { low: number; high: number } {
  if (!sorted.length) throw new Error("No values to take a range of")
  const count = Math.max(1, Math.ceil(Math.round(coverage * sorted.length * 1e9) / 1e9))
  let best = 0
  for (let start = 1; start + count - 1 < sorted.length; start++) {
    if (sorted[start + count - 1]! - sorted[start]! < sorted[best + count - 1]! - sorted[best]!) best = start
  }
  return { low: sorted[best]!, high: sorted[best + count - 1]! }
}

function uncachedRange(model: DeliveryModel, order: OrderFacts): RawRange | null {
  for (let level = 0; level < LEVELS.length; level++) {
    // Past deliveries observed after as many whole days in this status as this order has spent in it.
    const key = `${level}#${groupKey(order, LEVELS[level]!)}@${order.daysInStatus}`
    const comparable = model.groups.get(key)
    if (!comparable) continue
    // The status alone is the last resort, and still needs a handful of deliveries to say "8 in 10".
    if (comparable.length >= (level === LEVELS.length - 1 ? Math.min(MIN_LAST_RESORT, model.options.minGroupSize) : model.options.minGroupSize)) {
      if (!model.sorted.has(key)) {
        comparable.sort((a, b) => a - b)
        model.sorted.add(key)
      }
      return { ...narrowestRange(comparable, model.options.coverage), basedOn: comparable.length, level }
    }
  }
  return null
}

function groupsOf(records: readonly DeliveryRecord[], options: EstimateOptions): DeliveryModel {
  const groups: DeliveryModel["groups"] = new Map()
  for (const record of records) {
    LEVELS.forEach((keys, level) => {
      const key = `${level}#${groupKey(record, keys)}@${record.daysInStatus}`
      const durations = groups.get(key)
      if (durations) durations.push(record.daysToDelivery)
      else groups.set(key, [record.daysToDelivery])
    })
  }
  return { options, groups, sorted: new Set(), widening: 0, wideningByCarrier: new Map(), calibrationSize: 0, ranges: new Map() }
}

/**
 * Learns from past deliveries: `training` makes the groups, `calibration` (other deliveries, held out) sets how far
 * every range is widened so that the stated share of deliveries falls inside it.
 */
export function buildDeliveryModel(training: readonly DeliveryRecord[], calibration: readonly DeliveryRecord[], options: EstimateOptions = DEFAULT_ESTIMATE_OPTIONS): DeliveryModel {
  const model = groupsOf(training, options)
  // How far outside its range (negative: inside) each held-out delivery fell, the larger of the two ends. Durations
  // are fractional days (from timestamps): in whole days the ranges could only cover in lumps (86 % or 70 %, say).
  const scores: number[] = []
  const scoresByCarrier = new Map<string, number[]>()
  for (const record of calibration) {
    const range = rawRange(model, record)
    if (!range) continue
    const score = Math.max(range.low - record.daysToDelivery, record.daysToDelivery - range.high)
    scores.push(score)
    const mine = scoresByCarrier.get(record.carrier)
    if (mine) mine.push(score)
    else scoresByCarrier.set(record.carrier, [score])
  }
  // Mondrian split conformal: one adjustment per carrier (a new address with no usual carrier yet is one class too).
  const wideningByCarrier = new Map(
    [...scoresByCarrier].filter(([, mine]) => mine.length >= MIN_CALIBRATION_PER_CARRIER).map(([carrier, mine]) => [carrier, conformalQuantile(mine, options.coverage)])
  )
  return { ...model, widening: conformalQuantile(scores, options.coverage), wideningByCarrier, calibrationSize: scores.length, ranges: model.ranges }
}

/** The estimate for an order as it stands, or null when nothing in the history compares (a status never seen). */
export function estimateDelivery(model: DeliveryModel, order: OrderFacts): DeliveryEstimate | null {
  const range = rawRange(model, order)
  if (!range) return null
  // A range narrowed past its middle by calibration becomes that middle, never inside out.
  const middle = (range.low + range.high) / 2
  const widening = model.wideningByCarrier.get(order.carrier) ?? model.widening
  return {
    lowDays: Math.max(0, Math.min(range.low - widening, middle)),
    highDays: Math.max(0, range.high + widening, middle),
    coverage: model.options.coverage,
    basedOn: range.basedOn,
    comparedBy: LEVELS[range.level]!,
  }
}

/**
 * Splits deliveries into training and calibration sets, every `every`-th to calibration, in a stable order (the
 * caller sorts them, e.g. by order number), so a rebuild on the same history gives the same model.
 */
export function splitForCalibration<T>(records: readonly T[], every = 4): { training: T[]; calibration: T[] } {
  const training: T[] = []
  const calibration: T[] = []
  records.forEach((record, index) => (index % every === every - 1 ? calibration : training).push(record))
  return { training, calibration }
}
