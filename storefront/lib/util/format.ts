/** How the portal shows dates, times and money: Johannesburg time, South African rand. */
const TIME_ZONE = "Africa/Johannesburg"
const DATE = new Intl.DateTimeFormat("en-ZA", { timeZone: TIME_ZONE, dateStyle: "medium" })
const DATE_TIME = new Intl.DateTimeFormat("en-ZA", { timeZone: TIME_ZONE, dateStyle: "medium", timeStyle: "short" })
const RAND = new Intl.NumberFormat("en-ZA", { style: "currency", currency: "ZAR" })
const QUANTITY = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 3 })
const ISO_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE })

export const formatDate = (iso: string) => DATE.format(new Date(iso))
export const formatDateTime = (iso: string) => DATE_TIME.format(new Date(iso))
/** A plain calendar day (YYYY-MM-DD, as OrderFlow promises them), read as a Johannesburg day. */
export const formatDay = (day: string) => DATE.format(new Date(`${day}T12:00:00+02:00`))
/** Integer cents as rand, e.g. "R 1 234,56". */
export const formatRand = (cents: number) => RAND.format(cents / 100)
export const formatQuantity = (quantity: number) => QUANTITY.format(quantity)
/** Today in Johannesburg, as YYYY-MM-DD. */
export const johannesburgToday = () => ISO_DAY.format(new Date())
