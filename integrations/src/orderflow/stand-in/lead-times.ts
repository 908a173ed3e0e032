import type { SeededRandom } from "./random.js"

/**
 * How long orders really take in the stand-in ERP, so that estimating a delivery is not trivial (issue 23). Times
 * are worked out in Johannesburg wall-clock time (UTC+2 all year):
 * - The office and warehouse work Monday to Friday, 08:00–17:00: an order placed on Friday evening waits for Monday.
 * - Confirmation takes ½–4 working hours; a credit hold adds 4–40 working hours; picking starts 2–16 working
 *   hours later (longer for big orders); packing takes 1–4 working hours plus about 20 minutes a line.
 * - Carriers collect on their own days: Courier Guy every working day at 15:00, RAM at 11:00 and 16:00, DSV on
 *   Tuesdays and Thursdays at 14:00, the own fleet leaves at 07:00 each working day (Gauteng only).
 * - Each delivery address has its usual carrier (chosen by province: the own fleet only in Gauteng), which takes
 *   85 % of its orders.
 * - Transit is working days by carrier and province (the table below), delivered between 08:00 and 17:00; one in
 *   five shipments takes a day longer, one in twenty two days, and one in thirty-three (DSV: one in twelve) is
 *   delayed 3–10 working days. A recalled shipment goes back to processing for ½–2 days and leaves again.
 * - The seller's promise is OrderFlow's one lead-time setting: 5 calendar days after confirmation, whatever the
 *   carrier, province or weekend.
 *   The carrier's ETA is its nominal transit time from the day it collected.
 */
export type LeadTimeStatus = "DR" | "PE" | "CF" | "PR" | "PK" | "SH" | "DL" | "CN" | "HD"
export type Carrier = "CGUY" | "DSV" | "RAM" | "OWN"

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const JOHANNESBURG_OFFSET = 2 * HOUR
const PROMISE_DAYS = 4
const OPENS = 8
const CLOSES = 17

/** Nominal working days in transit, by carrier and delivery province. */
const TRANSIT_DAYS: Record<string, Partial<Record<Carrier, number>>> = {
  Gauteng: { CGUY: 1, DSV: 2, RAM: 1, OWN: 0 },
  "Western Cape": { CGUY: 2, DSV: 4, RAM: 2 },
  "KwaZulu-Natal": { CGUY: 2, DSV: 3, RAM: 2 },
  "Eastern Cape": { CGUY: 3, DSV: 4, RAM: 2 },
  "Free State": { CGUY: 2, DSV: 3, RAM: 2 },
  Limpopo: { CGUY: 3, DSV: 4, RAM: 3 },
  Mpumalanga: { CGUY: 2, DSV: 3, RAM: 2 },
}

/** Collection times (Johannesburg hours) by carrier, and the weekdays it collects (1 Monday … 5 Friday). */
const COLLECTIONS: Record<Carrier, { hours: number[]; weekdays: number[] }> = {
  CGUY: { hours: [15], weekdays: [1, 2, 3, 4, 5] },
  RAM: { hours: [11, 16], weekdays: [1, 2, 3, 4, 5] },
  DSV: { hours: [14], weekdays: [2, 4] },
  OWN: { hours: [7], weekdays: [1, 2, 3, 4, 5] },
}

/**
 * Days the working week is moved by (see GenerateOptions.weekdayOfNow): 0 for the real calendar. Set for one
 * generation at a time (the generator is synchronous between its awaits on the database).
 */
let weekShiftDays = 0

/** Runs `work` with the working week moved by `days` (the weekday names of the data shift with it). */
export function withWeekShift<T>(days: number, work: () => T): T {
  const before = weekShiftDays
  weekShiftDays = days
  try {
    return work()
  } finally {
    weekShiftDays = before
  }
}

/** Johannesburg wall-clock parts of a UTC instant. */
const local = (ms: number) => {
  const shifted = new Date(ms + JOHANNESBURG_OFFSET)
  return {
    weekday: (((shifted.getUTCDay() + weekShiftDays) % 7) + 7) % 7,
    hour: shifted.getUTCHours() + shifted.getUTCMinutes() / 60,
    midnight: ms - ((ms + JOHANNESBURG_OFFSET) % DAY),
  }
}
const isWorkingDay = (weekday: number) => weekday >= 1 && weekday <= 5

/** The instant itself when the warehouse is open then, else the next opening. */
function nextOpen(ms: number): number {
  const { hour } = local(ms)
  let { weekday, midnight } = local(ms)
  if (isWorkingDay(weekday) && hour >= OPENS && hour < CLOSES) return ms
  if (isWorkingDay(weekday) && hour < OPENS) return midnight + OPENS * HOUR
  do {
    midnight += DAY
    weekday = (weekday + 1) % 7
  } while (!isWorkingDay(weekday))
  return midnight + OPENS * HOUR
}

/** Adds working hours, skipping nights and weekends. */
export function addWorkingHours(ms: number, hours: number): number {
  let at = nextOpen(ms)
  let left = hours * HOUR
  for (;;) {
    const { midnight } = local(at)
    const closing = midnight + CLOSES * HOUR
    if (at + left <= closing) return at + left
    left -= closing - at
    at = nextOpen(closing)
  }
}

/** The start (midnight) of the working day `days` working days after the day of `ms`. */
function workingDaysLater(ms: number, days: number): number {
  let { weekday, midnight } = local(ms)
  let left = days
  while (left > 0 || !isWorkingDay(weekday)) {
    midnight += DAY
    weekday = (weekday + 1) % 7
    if (isWorkingDay(weekday)) left -= 1
  }
  return midnight
}

/** The carrier's next collection at or after `ms`. */
function nextCollection(carrier: Carrier, ms: number): number {
  const { hours, weekdays } = COLLECTIONS[carrier]
  let { weekday, midnight } = local(ms)
  for (;;) {
    if (weekdays.includes(weekday)) {
      const hour = hours.find((candidate) => midnight + candidate * HOUR >= ms)
      if (hour !== undefined) return midnight + hour * HOUR
    }
    midnight += DAY
    weekday = (weekday + 1) % 7
  }
}

export function chooseCarrier(province: string, random: SeededRandom): Carrier {
  return province === "Gauteng"
    ? random.weighted([["OWN", 40], ["CGUY", 30], ["RAM", 20], ["DSV", 10]] as const)
    : random.weighted([["CGUY", 45], ["DSV", 30], ["RAM", 25]] as const)
}

const transitDays = (carrier: Carrier, province: string) => TRANSIT_DAYS[province]?.[carrier] ?? 3

export interface PlannedTimeline {
  /** When each step of the path happened, in the path's order. */
  times: number[]
  carrier: Carrier
  /** The seller's promise (a Johannesburg day's midnight, UTC ms) once confirmed; null before. */
  promisedDay: number | null
  /** The carrier's ETA day (midnight, UTC ms) from its collection; null when never shipped. */
  etaDay: number | null
}

/**
 * When each step of an order's status path happened, from the moment it was placed: the working week, the
 * carriers' collection days, transit by province, holds, recalls and long delays (see above). Deterministic for a
 * given random generator.
 */
export function planTimeline(
  path: readonly LeadTimeStatus[],
  delivery: { orderedAt: number; province: string; lines: number; routedCarrier: Carrier },
  random: SeededRandom
): PlannedTimeline {
  const { orderedAt, province, lines } = delivery
  // Each delivery address has its usual carrier; now and then another one takes the parcel.
  const carrier = random.chance(0.85) ? delivery.routedCarrier : chooseCarrier(province, random)
  const times: number[] = []
  let at = orderedAt
  let promisedDay: number | null = null
  let etaDay: number | null = null
  path.forEach((status, index) => {
    const previous = index === 0 ? null : path[index - 1]!
    if (index > 0) at = stepTime(previous!, status, at, carrier, province, lines, random)
    if (status === "SH") {
      etaDay = transitDays(carrier, province) === 0 ? local(at).midnight : workingDaysLater(at, transitDays(carrier, province))
    }
    if (status === "CF" && promisedDay === null) promisedDay = local(at).midnight + PROMISE_DAYS * DAY
    times.push(at)
  })
  return { times, carrier, promisedDay, etaDay }
}

function stepTime(from: LeadTimeStatus, to: LeadTimeStatus, at: number, carrier: Carrier, province: string, lines: number, random: SeededRandom): number {
  const between = (low: number, high: number) => low + random.next() * (high - low)
  switch (to) {
    case "PE":
      return at + between(0.1, 30) * HOUR // a draft submitted later
    case "CF":
      return from === "HD" ? addWorkingHours(at, between(4, 40)) : addWorkingHours(at, between(0.5, 4))
    case "HD":
      return addWorkingHours(at, between(0.5, 3))
    case "PR":
      return from === "SH" ? at + between(0.5, 2) * DAY : addWorkingHours(at, between(2, 10) + lines * between(0.2, 0.8))
    case "PK":
      return addWorkingHours(at, between(1, 4) + lines / 3)
    case "SH":
      return nextCollection(carrier, at)
    case "DL": {
      const late = random.weighted([[0, 75], [1, 20], [2, 5]] as const)
      const longDelay = random.chance(carrier === "DSV" ? 0.08 : 0.03) ? random.int(3, 10) : 0
      const days = transitDays(carrier, province) + late + longDelay
      // The own fleet leaves at 07:00 and may deliver the same day; the others from a later working day.
      let day = days === 0 ? local(at).midnight : workingDaysLater(at, days)
      if (day + CLOSES * HOUR < at + 2 * HOUR) day = workingDaysLater(at, 1)
      const earliest = Math.max(day + OPENS * HOUR, at + 2 * HOUR)
      return earliest + random.next() * (day + CLOSES * HOUR - earliest)
    }
    case "CN":
      return at + between(1, 48) * HOUR
    default:
      return at + between(1, 8) * HOUR
  }
}
