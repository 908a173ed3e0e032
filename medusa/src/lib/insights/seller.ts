import type { MedusaContainer } from "@medusajs/framework/types"
import { addMonths } from "@portal/integrations/insights"
import { johannesburgDay } from "@portal/integrations/locale"
import { carrierFor } from "@portal/integrations/tracking"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"

const DAY = 86_400_000

/**
 * The seller's side of Insights for staff: the customers who spend most (net, excluding VAT, this month and the two
 * before), orders placed per day over 30 days, and deliveries per carrier over 90 days with how many arrived after
 * the promised day, plus open orders now expected late.
 */
export async function loadSellerInsights(container: MedusaContainer, now = new Date()) {
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const fromMonth = addMonths(johannesburgDay(now).slice(0, 7), -2)
  const [top, perDay, carriers, runningLate] = await Promise.all([
    invoicing.topCustomersBySpend(fromMonth, 10),
    sync.ordersPerDay(new Date(now.getTime() - 30 * DAY)),
    sync.lateDeliveriesByCarrier(new Date(now.getTime() - 90 * DAY)),
    sync.runningLateCount(null),
  ])
  const names = new Map(
    (await sync.listErpCustomers({ customer_id: top.map((row) => row.customer_id) }, { select: ["customer_id", "cust_no", "name"], take: top.length || 1 })).map((customer) => [
      customer.customer_id,
      customer,
    ])
  )
  return {
    top_customers: {
      from_month: fromMonth,
      customers: top.map((row) => ({ ...row, name: names.get(row.customer_id)?.name ?? row.customer_id, customer_number: names.get(row.customer_id)?.cust_no ?? null })),
    },
    orders_per_day: perDay,
    deliveries_by_carrier: carriers.map((row) => ({
      ...row,
      carrier_name: carrierFor(row.carrier).name,
      late_percent: row.deliveries ? Math.round((row.late * 100) / row.deliveries) : null,
    })),
    running_late: runningLate,
  }
}
