import type { OrderFlowReader } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { centsToDecimalString, decimalStringToRoundedCents } from "@portal/integrations"
import { PORTAL_SALES_CHANNEL } from "../catalogue/erp-product"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import { nativeOrderTotalsByCustomerNumber } from "../read-models/native-order-totals"

export interface Discrepancy {
  /** The customer number, or "SKU <sku>" for a catalogue difference. */
  subject: string
  figure: string
  erp: string
  portal: string
}

export interface ReconciliationResult {
  customers: number
  products: number
  discrepancies: Discrepancy[]
}

const rands = (cents: number) => `R ${centsToDecimalString(cents)}`
const statuses = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status} ${n}`)
    .join(", ") || "none"

/**
 * Compares OrderFlow and the portal customer by customer: orders by status and their totals, invoices, credit
 * notes, payments and the balance, to the cent. Every difference is listed; none means the portal agrees.
 */
export async function reconcileOrderflow(container: MedusaContainer, reader: OrderFlowReader): Promise<ReconciliationResult> {
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const [erpFigures, orders, nativeTotals, accounts] = await Promise.all([
    reader.customerFigures(),
    sync.orderFigures(),
    nativeOrderTotalsByCustomerNumber(container),
    invoicing.accountFigures(),
  ])
  const discrepancies: Discrepancy[] = []

  for (const erp of erpFigures) {
    const portalOrders = orders.get(erp.custNo) ?? { ordersByStatus: {}, orderTotalCents: 0, linkedOrders: 0 }
    const portalAccount = accounts.get(erp.custNo) ?? { invoiceTotalCents: 0, creditTotalCents: 0, paymentTotalCents: 0, balanceCents: 0 }
    const compare = (figure: string, erpValue: string, portalValue: string) => {
      if (erpValue !== portalValue) discrepancies.push({ subject: erp.custNo, figure, erp: erpValue, portal: portalValue })
    }
    compare("orders by status", statuses(erp.ordersByStatus), statuses(portalOrders.ordersByStatus))
    const erpOrderCount = Object.values(erp.ordersByStatus).reduce((a, b) => a + b, 0)
    compare("orders in Medusa", String(erpOrderCount), String(portalOrders.linkedOrders))
    compare("order totals", rands(erp.orderTotalCents), rands(portalOrders.orderTotalCents))
    compare("Medusa order totals", rands(erp.orderTotalCents), rands(nativeTotals.get(erp.custNo) ?? 0))
    compare("invoices", rands(erp.invoiceTotalCents), rands(portalAccount.invoiceTotalCents))
    compare("credit notes", rands(erp.creditTotalCents), rands(portalAccount.creditTotalCents))
    compare("payments", rands(erp.paymentTotalCents), rands(portalAccount.paymentTotalCents))
    compare("balance", rands(erp.balanceCents), rands(portalAccount.balanceCents))
  }
  const known = new Set(erpFigures.map((figure) => figure.custNo))
  for (const custNo of new Set([...orders.keys(), ...accounts.keys()])) {
    if (!known.has(custNo)) discrepancies.push({ subject: custNo, figure: "customer", erp: "missing", portal: "present" })
  }
  const products = await reconcileCatalogue(container, reader, discrepancies)
  return { customers: erpFigures.length, products, discrepancies }
}

/** A variant as the catalogue reconciliation reads it across the product, pricing and sales-channel modules. */
interface CatalogueVariant {
  sku: string | null
  title: string | null
  product: { title: string; status: string; sales_channels: { name: string }[] | null } | null
  prices: { amount: number | string; currency_code: string; rules_count: number | null }[] | null
}

/**
 * The catalogue SKU by SKU: every OrderFlow product is a Medusa variant with its description, unit and price, sold
 * in the portal exactly when it is active. An edit made in the Medusa admin shows here until the next ERP change
 * overwrites it.
 */
async function reconcileCatalogue(container: MedusaContainer, reader: OrderFlowReader, discrepancies: Discrepancy[]): Promise<number> {
  const erpProducts = await reader.products()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "title", "product.title", "product.status", "product.sales_channels.name", "prices.amount", "prices.currency_code", "prices.rules_count"],
    filters: { sku: erpProducts.map((product) => product.sku) },
  })
  // The one rand price without rules (no region or customer-group prices are set on ERP products).
  const rows = (variants as CatalogueVariant[]).map((variant) => {
    const price = (variant.prices ?? []).find((candidate) => candidate.currency_code === "zar" && !candidate.rules_count)
    return {
      sku: variant.sku!,
      title: variant.product?.title ?? "",
      unit: variant.title ?? "",
      status: variant.product?.status ?? "",
      price: price ? String(price.amount) : null,
      sold: (variant.product?.sales_channels ?? []).some((channel) => channel.name === PORTAL_SALES_CHANNEL),
    }
  })
  const portal = new Map(rows.map((row) => [row.sku, row]))
  for (const erp of erpProducts) {
    const subject = `SKU ${erp.sku}`
    const mine = portal.get(erp.sku)
    if (!mine) {
      discrepancies.push({ subject, figure: "product", erp: "present", portal: "missing" })
      continue
    }
    const compare = (figure: string, erpValue: string, portalValue: string) => {
      if (erpValue !== portalValue) discrepancies.push({ subject, figure, erp: erpValue, portal: portalValue })
    }
    compare("description", erp.descr, mine.title)
    compare("unit", erp.uom, mine.unit)
    compare("price", rands(erp.unitPriceCents), mine.price === null ? "none" : rands(decimalStringToRoundedCents(mine.price)))
    compare("sold in the portal", erp.active ? "yes" : "no", mine.sold && mine.status === ProductStatus.PUBLISHED ? "yes" : "no")
  }
  return erpProducts.length
}
