import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type LocationSpend, type SpendingInsights, addMonths, averageCents, groupSpend, insightsPeriod, topProducts } from "@portal/integrations/insights"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type { CustomerOrderScope } from "../access/order-scope"

/** Addresses change rarely: their names are kept a minute per account (the spend figures themselves never are). */
const LABELS_TTL_MS = 60_000
const labelCache = new Map<string, { at: number; labels: Promise<Map<number, string>> }>()

/** The account's delivery addresses by their OrderFlow number, named as the customer knows them. */
function locationLabels(container: MedusaContainer, customerId: string): Promise<Map<number, string>> {
  const cached = labelCache.get(customerId)
  if (cached && Date.now() - cached.at < LABELS_TTL_MS) return cached.labels
  if (labelCache.size > 10_000) labelCache.clear()
  const labels = readLocationLabels(container, customerId)
  labelCache.set(customerId, { at: Date.now(), labels })
  labels.catch(() => labelCache.delete(customerId))
  return labels
}

async function readLocationLabels(container: MedusaContainer, customerId: string): Promise<Map<number, string>> {
  const addresses = await container.resolve(Modules.CUSTOMER).listCustomerAddresses({ customer_id: customerId }, { select: ["address_name", "address_1", "city", "metadata"], take: 500 })
  const labels = new Map<number, string>()
  for (const address of addresses) {
    const erpId = Number(address.metadata?.erp_addr_id)
    if (Number.isInteger(erpId) && erpId > 0) labels.set(erpId, address.address_name || [address.address_1, address.city].filter(Boolean).join(", ") || `Address ${erpId}`)
  }
  return labels
}

/**
 * The Insights page's figures for the period [from, to] (months) against as many months before: by month, by
 * product (top ten and the rest), by product group and by delivery location, with the average order and orders per
 * month. Read from the invoicing module's summary; a person limited to some locations sees theirs only.
 */
export async function loadSpendingInsights(container: MedusaContainer, scope: CustomerOrderScope, from: string, to: string): Promise<SpendingInsights> {
  const period = insightsPeriod(from, to)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const [{ months, products, locations }, labels] = await Promise.all([
    invoicing.spending(
      { customerId: scope.customerId, locations: scope.deliveredTo },
      { from: period.from, to: period.to, previousFrom: period.previous_from }
    ),
    locationLabels(container, scope.customerId),
  ])
  const byMonth = new Map(months.map((row) => [row.month, row]))
  const net = (month: string) => {
    const row = byMonth.get(month)
    return row ? row.invoiced_cents - row.credited_cents : 0
  }
  const monthSpend = Array.from({ length: period.months }, (_, index) => {
    const month = addMonths(period.from, index)
    const previousMonth = addMonths(period.previous_from, index)
    const row = byMonth.get(month)
    return {
      month,
      invoiced_cents: row?.invoiced_cents ?? 0,
      credited_cents: row?.credited_cents ?? 0,
      net_cents: net(month),
      invoices: row?.invoices ?? 0,
      previous_month: previousMonth,
      previous_net_cents: net(previousMonth),
    }
  })
  const previous = Array.from({ length: period.months }, (_, index) => byMonth.get(addMonths(period.previous_from, index)))
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  const totals = {
    net_cents: sum(monthSpend.map((month) => month.net_cents)),
    previous_net_cents: sum(monthSpend.map((month) => month.previous_net_cents)),
    invoiced_cents: sum(monthSpend.map((month) => month.invoiced_cents)),
    credited_cents: sum(monthSpend.map((month) => month.credited_cents)),
    invoices: sum(monthSpend.map((month) => month.invoices)),
    previous_invoices: sum(previous.map((row) => row?.invoices ?? 0)),
  }
  const locationSpend: LocationSpend[] = locations
    .filter((row) => row.net_cents !== 0 || row.previous_net_cents !== 0)
    .map((row) => ({
      location_id: row.location_id,
      label: row.location_id === 0 ? "Not delivered to an address" : (labels.get(row.location_id) ?? `Delivery address ${row.location_id}`),
      net_cents: row.net_cents,
      previous_net_cents: row.previous_net_cents,
      invoices: row.invoices,
    }))
  return {
    period,
    totals: {
      ...totals,
      average_order_cents: averageCents(totals.net_cents, totals.invoices),
      previous_average_order_cents: averageCents(totals.previous_net_cents, totals.previous_invoices),
      orders_per_month: Math.round((totals.invoices * 10) / period.months) / 10,
      previous_orders_per_month: Math.round((totals.previous_invoices * 10) / period.months) / 10,
    },
    months: monthSpend,
    products: topProducts(products),
    groups: groupSpend(products),
    locations: locationSpend,
  }
}
