import { formatMonth, johannesburgDay } from "@portal/integrations/locale"

const day = (date: Date) => date.toISOString().slice(0, 10)

/** A calendar month (YYYY-MM) as the statement range it covers: "2026-10" → 2026-10-01 to 2026-10-31. */
export function monthRange(period: string) {
  const [year, month] = period.split("-").map(Number) as [number, number]
  return { period, from: `${period}-01`, to: day(new Date(Date.UTC(year, month, 0))) }
}

/** The calendar month before the Johannesburg day `today`: { period: "2026-10", from: "2026-10-01", to: "2026-10-31" }. */
export function previousMonth(today: string = johannesburgDay()) {
  const [year, month] = today.split("-").map(Number) as [number, number]
  return monthRange(day(new Date(Date.UTC(year, month - 2, 1))).slice(0, 7))
}

/** "2026-10" → "October 2026". */
export const periodLabel = formatMonth
