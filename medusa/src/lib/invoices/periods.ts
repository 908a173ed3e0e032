import { johannesburgDay } from "@portal/integrations/locale"

const MONTH = new Intl.DateTimeFormat("en-ZA", { month: "long", year: "numeric", timeZone: "UTC" })

/** The calendar month before the Johannesburg day `today`: { period: "2026-10", from: "2026-10-01", to: "2026-10-31" }. */
export function previousMonth(today: string = johannesburgDay()) {
  const [year, month] = today.split("-").map(Number) as [number, number]
  const first = new Date(Date.UTC(year, month - 2, 1))
  const last = new Date(Date.UTC(year, month - 1, 0))
  const day = (date: Date) => date.toISOString().slice(0, 10)
  return { period: day(first).slice(0, 7), from: day(first), to: day(last) }
}

/** "2026-10" → "October 2026". */
export const periodLabel = (period: string) => MONTH.format(new Date(`${period}-01T00:00:00Z`))
