/**
 * Spending insights (issue 23): what the Insights page shows and the CSV downloads carry, worked out from the
 * invoicing module's monthly summary. Spend is OrderFlow's invoiced value excluding VAT, net of credit notes, in
 * integer cents; void documents never count.
 */

/** Months as YYYY-MM. */
export function addMonths(month: string, count: number): string {
  const [year, index] = month.split("-").map(Number) as [number, number]
  const moved = new Date(Date.UTC(year, index - 1 + count, 1))
  return moved.toISOString().slice(0, 7)
}

export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split("-").map(Number) as [number, number]
  const [toYear, toMonth] = to.split("-").map(Number) as [number, number]
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1
}

export interface InsightsPeriod {
  from: string
  to: string
  /** The same number of months just before. */
  previous_from: string
  previous_to: string
  months: number
}

/** The period chosen and the one it is compared with: as many months, just before. */
export function insightsPeriod(from: string, to: string): InsightsPeriod {
  const months = monthsBetween(from, to)
  return { from, to, previous_from: addMonths(from, -months), previous_to: addMonths(from, -1), months }
}

/** How far back the Insights page goes: the 24 months customers see their orders for. */
export const INSIGHTS_MONTHS_BACK = 24

/**
 * Product groups by the seller's SKU prefix (OrderFlow has no product groups: "FD-1001" is food). Lines without a
 * product are credits (a damaged item credited by amount); "~adjustment" is a document's total beyond its lines.
 */
const GROUP_BY_PREFIX: Record<string, string> = { FD: "Food", BV: "Beverages", CE: "Catering equipment", PK: "Packaging", CL: "Cleaning" }
export const CREDITS_WITHOUT_PRODUCT = "Credits not tied to a product"
export const DOCUMENT_ADJUSTMENTS = "Charges and adjustments"

export function productGroupOf(sku: string): string {
  if (sku === "") return CREDITS_WITHOUT_PRODUCT
  if (sku === "~adjustment") return DOCUMENT_ADJUSTMENTS
  return GROUP_BY_PREFIX[sku.split("-")[0]!.toUpperCase()] ?? "Other products"
}

export interface SpendFigure {
  net_cents: number
  previous_net_cents: number
}

export interface ProductSpend extends SpendFigure {
  /** The SKU; "" for all the rest, folded together, or credits without a product. */
  sku: string
  label: string
}

export interface GroupSpend extends SpendFigure {
  group: string
}

export interface LocationSpend extends SpendFigure {
  location_id: number
  label: string
  invoices: number
}

export interface MonthSpend {
  month: string
  invoiced_cents: number
  credited_cents: number
  net_cents: number
  invoices: number
  /** The month a period earlier, for the comparison line. */
  previous_month: string
  previous_net_cents: number
}

export interface SpendingInsights {
  period: InsightsPeriod
  totals: {
    net_cents: number
    previous_net_cents: number
    invoiced_cents: number
    credited_cents: number
    invoices: number
    previous_invoices: number
    /** Net spend per invoiced order; null without orders. */
    average_order_cents: number | null
    previous_average_order_cents: number | null
    /** Orders invoiced per month, to one decimal. */
    orders_per_month: number
    previous_orders_per_month: number
  }
  months: MonthSpend[]
  products: ProductSpend[]
  groups: GroupSpend[]
  locations: LocationSpend[]
}

export const TOP_PRODUCTS = 10

/** The ten largest products by net spend in the period, and everything else folded into "All other products". */
export function topProducts(products: readonly { sku: string; description: string; net_cents: number; previous_net_cents: number }[]): ProductSpend[] {
  const ranked = [...products].filter((product) => product.net_cents !== 0 || product.previous_net_cents !== 0).sort((a, b) => b.net_cents - a.net_cents || a.sku.localeCompare(b.sku))
  const label = (product: { sku: string; description: string }) =>
    product.sku === "" ? CREDITS_WITHOUT_PRODUCT : product.sku === "~adjustment" ? DOCUMENT_ADJUSTMENTS : `${product.description} (${product.sku})`
  const top = ranked.slice(0, TOP_PRODUCTS).map((product) => ({ sku: product.sku, label: label(product), net_cents: product.net_cents, previous_net_cents: product.previous_net_cents }))
  const rest = ranked.slice(TOP_PRODUCTS)
  if (!rest.length) return top
  return [
    ...top,
    {
      sku: "*",
      label: `All other products (${rest.length})`,
      net_cents: rest.reduce((sum, product) => sum + product.net_cents, 0),
      previous_net_cents: rest.reduce((sum, product) => sum + product.previous_net_cents, 0),
    },
  ]
}

/** Net spend per product group, largest first. */
export function groupSpend(products: readonly { sku: string; net_cents: number; previous_net_cents: number }[]): GroupSpend[] {
  const groups = new Map<string, GroupSpend>()
  for (const product of products) {
    const group = productGroupOf(product.sku)
    const figure = groups.get(group) ?? { group, net_cents: 0, previous_net_cents: 0 }
    figure.net_cents += product.net_cents
    figure.previous_net_cents += product.previous_net_cents
    groups.set(group, figure)
  }
  return [...groups.values()].filter((group) => group.net_cents !== 0 || group.previous_net_cents !== 0).sort((a, b) => b.net_cents - a.net_cents || a.group.localeCompare(b.group))
}

/** The change from the previous period, in whole percent; null when there was nothing before to compare with. */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null
  return Math.round(((current - previous) * 100) / Math.abs(previous))
}

/** Integer cents divided, rounded half away from zero (an average order in cents). */
export function averageCents(totalCents: number, count: number): number | null {
  if (count === 0) return null
  const quotient = Math.abs(totalCents) / count
  return Math.sign(totalCents) * Math.round(quotient)
}
