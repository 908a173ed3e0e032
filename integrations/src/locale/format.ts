/** How the portal shows dates, times and quantities: Johannesburg time, South African conventions. */
export const TIME_ZONE = "Africa/Johannesburg"
const DATE = new Intl.DateTimeFormat("en-ZA", { timeZone: TIME_ZONE, dateStyle: "medium" })
const DATE_TIME = new Intl.DateTimeFormat("en-ZA", { timeZone: TIME_ZONE, dateStyle: "medium", timeStyle: "short" })
const QUANTITY = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 3 })
const ISO_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE })

export const formatDate = (iso: string | Date) => DATE.format(new Date(iso))
export const formatDateTime = (iso: string | Date) => DATE_TIME.format(new Date(iso))
/** A plain calendar day (YYYY-MM-DD, as OrderFlow promises them), read as a Johannesburg day. */
export const formatDay = (day: string) => DATE.format(new Date(`${day}T12:00:00+02:00`))
const SHORT_DAY = new Intl.DateTimeFormat("en-ZA", { timeZone: TIME_ZONE, weekday: "short", day: "numeric", month: "short" })
/** A range of calendar days (YYYY-MM-DD) as the order pages show estimates: "Tue 3 – Thu 5 Dec"; one day: "Thu, 03 Dec". */
export const formatDayRange = (from: string, to: string) => SHORT_DAY.formatRange(new Date(`${from}T12:00:00+02:00`), new Date(`${to}T12:00:00+02:00`))
const MONTH = new Intl.DateTimeFormat("en-ZA", { month: "long", year: "numeric", timeZone: "UTC" })
/** A calendar month (YYYY-MM) in words: "2026-10" → "October 2026". */
export const formatMonth = (period: string) => MONTH.format(new Date(`${period}-01T00:00:00Z`))
export const formatQuantity = (quantity: number) => QUANTITY.format(quantity)
/** The Johannesburg calendar day of a moment (today by default), as YYYY-MM-DD. */
export const johannesburgDay = (at: Date = new Date()) => ISO_DAY.format(at)
