import type { MedusaContainer } from "@medusajs/framework/types"
import { johannesburgDay } from "@portal/integrations/locale"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../modules/customer-notifications"
import type { CustomerEventInput } from "../../modules/customer-notifications/repositories/customer-event-outbox"
import type CustomerNotificationsModuleService from "../../modules/customer-notifications/service"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import { dispatchPendingCustomerEvents } from "./dispatcher"

/** A reminder missed while the portal was down is still sent this many days later, never about older dates. */
const CATCH_UP_DAYS = 3
/** The reminder before an invoice's due date. */
const DUE_SOON_DAYS = 3

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * The news no ERP change brings: an order running late (its promise passed undelivered, or the carrier's ETA or
 * the portal's delivery estimate ends after it: once per order and promise), an invoice due in 3 days, and one just overdue (once per due date). Recorded
 * in the outbox like the sync's events, so the same idempotency, routing and preferences apply.
 */
export async function recordReminders(container: MedusaContainer, now = new Date()): Promise<number> {
  const today = johannesburgDay(now)
  const since = addDays(today, -CATCH_UP_DAYS)
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const events: CustomerEventInput[] = []
  for (const order of await sync.ordersRunningLate(since, today)) {
    events.push({
      kind: "order.running_late",
      customer_id: order.customer_id,
      entity_type: "order",
      entity_id: String(order.ord_no),
      version: `late:${order.promised_date}`,
      ord_no: order.ord_no,
      deliv_addr_id: order.deliv_addr_id,
      data: { promised_date: order.promised_date, eta_date: order.eta_date, expected_from: order.expected_from, expected_by: order.expected_by },
    })
  }
  const invoiceEvent = (kind: "invoice.due_soon" | "invoice.overdue", invoice: Awaited<ReturnType<InvoicingModuleService["unpaidInvoicesDueBetween"]>>[number]): CustomerEventInput => ({
    kind,
    customer_id: invoice.customer_id,
    entity_type: "invoice",
    entity_id: invoice.number,
    version: `${kind === "invoice.due_soon" ? "due_soon" : "overdue"}:${invoice.due_date}`,
    ord_no: invoice.ord_no,
    data: { due_date: invoice.due_date, outstanding_cents: invoice.outstanding_cents },
  })
  for (const invoice of await invoicing.unpaidInvoicesDueBetween(addDays(today, 1), addDays(today, DUE_SOON_DAYS))) events.push(invoiceEvent("invoice.due_soon", invoice))
  for (const invoice of await invoicing.unpaidInvoicesDueBetween(since, addDays(today, -1))) events.push(invoiceEvent("invoice.overdue", invoice))
  const recorded = await container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).events.record(events)
  if (recorded.length) await dispatchPendingCustomerEvents(container)
  return recorded.length
}
