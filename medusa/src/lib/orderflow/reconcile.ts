import type { OrderFlowReader } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { centsToDecimalString } from "@portal/integrations"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"

export interface Discrepancy {
  custNo: string
  figure: string
  erp: string
  portal: string
}

export interface ReconciliationResult {
  customers: number
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
  const [erpFigures, orders, accounts] = await Promise.all([reader.customerFigures(), sync.orderFigures(), invoicing.accountFigures()])
  const discrepancies: Discrepancy[] = []

  for (const erp of erpFigures) {
    const portalOrders = orders.get(erp.custNo) ?? { ordersByStatus: {}, orderTotalCents: 0, nativeOrderTotalCents: 0, linkedOrders: 0 }
    const portalAccount = accounts.get(erp.custNo) ?? { invoiceTotalCents: 0, creditTotalCents: 0, paymentTotalCents: 0 }
    const compare = (figure: string, erpValue: string, portalValue: string) => {
      if (erpValue !== portalValue) discrepancies.push({ custNo: erp.custNo, figure, erp: erpValue, portal: portalValue })
    }
    compare("orders by status", statuses(erp.ordersByStatus), statuses(portalOrders.ordersByStatus))
    const erpOrderCount = Object.values(erp.ordersByStatus).reduce((a, b) => a + b, 0)
    compare("orders in Medusa", String(erpOrderCount), String(portalOrders.linkedOrders))
    compare("order totals", rands(erp.orderTotalCents), rands(portalOrders.orderTotalCents))
    compare("Medusa order totals", rands(erp.orderTotalCents), rands(portalOrders.nativeOrderTotalCents))
    compare("invoices", rands(erp.invoiceTotalCents), rands(portalAccount.invoiceTotalCents))
    compare("credit notes", rands(erp.creditTotalCents), rands(portalAccount.creditTotalCents))
    compare("payments", rands(erp.paymentTotalCents), rands(portalAccount.paymentTotalCents))
    const portalBalance = portalAccount.invoiceTotalCents - portalAccount.creditTotalCents - portalAccount.paymentTotalCents
    compare("balance", rands(erp.balanceCents), rands(portalBalance))
  }
  const known = new Set(erpFigures.map((figure) => figure.custNo))
  for (const custNo of new Set([...orders.keys(), ...accounts.keys()])) {
    if (!known.has(custNo)) discrepancies.push({ custNo, figure: "customer", erp: "missing", portal: "present" })
  }
  return { customers: erpFigures.length, discrepancies }
}
