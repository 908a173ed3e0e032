import { johannesburgDay } from "./format.js"

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** A calendar month (YYYY-MM) as the statement range it covers: "2026-10" → 2026-10-01 to 2026-10-31. */
export function monthRange(period: string) {
  const [year, month] = period.split("-").map(Number) as [number, number]
  return { period, from: `${period}-01`, to: isoDay(new Date(Date.UTC(year, month, 0))) }
}

/** The calendar month before the Johannesburg day `today` (YYYY-MM-DD), as a statement range. */
export function previousMonth(today: string = johannesburgDay()) {
  const [year, month] = today.split("-").map(Number) as [number, number]
  return monthRange(isoDay(new Date(Date.UTC(year, month - 2, 1))).slice(0, 7))
}
