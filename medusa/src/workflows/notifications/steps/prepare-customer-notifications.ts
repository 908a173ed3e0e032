import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fromErpTimestamp, type ErpOrderStatus } from "@portal/integrations/orderflow"
import { NOTIFICATION_CATEGORY, categoryOf, type NotificationKind } from "@portal/integrations/notifications"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../../modules/customer-notifications"
import type { CustomerEventRow } from "../../../modules/customer-notifications/repositories/customer-event-outbox"
import type CustomerNotificationsModuleService from "../../../modules/customer-notifications/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"
import { messageFor, type OrderFacts, type StatementData } from "../../../lib/notifications/messages"
import { accountRecipients, recipientsFor } from "../../../lib/notifications/recipients"
import { unsubscribeToken } from "../../../lib/notifications/unsubscribe-link"
import { storefrontUrl } from "../../../lib/storefront-url"

/** An event that never shows up applied within this long is dropped: the change it announced did not happen. */
const EXPIRE_AFTER_MS = 60 * 60_000

export interface PreparedNotifications {
  /** How many pending events this batch read, and the last one's sequence (where the next batch starts). */
  read: number
  lastSequence: number
  /** Events whose notifications are below, and the ones given up on. */
  notified: string[]
  expired: string[]
  feed: CreateNotificationDTO[]
  emails: CreateNotificationDTO[]
  /** What the live streams hear (pg_notify payloads). */
  live: string[]
}

/** The part of a live event a stream needs to decide whether it is for its person (see lib/live/live-hub). */
export interface LivePayload {
  /** customer id */
  c: string
  /** the event's sequence: the stream's event id */
  s: number
  k: NotificationKind
  /** the order number, if any */
  o: number | null
  /** the order's ERP delivery address, if any */
  a: number | null
}

const sameAddress = (a: string | null, b: string | null) => a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase()

const REMINDER_KINDS = new Set<string>(["order.running_late", "invoice.due_soon", "invoice.overdue", "statement.ready"])

/** Which of these events the portal has applied by now (an event is recorded before its page is). */
async function appliedEvents(container: MedusaContainer, events: CustomerEventRow[]): Promise<Set<string>> {
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const of = (type: CustomerEventRow["entity_type"]) => events.filter((event) => event.entity_type === type)
  const applied = new Set<string>()

  // Reminders (running late, due dates) are about what the portal already has: nothing to wait for.
  for (const event of events) if (REMINDER_KINDS.has(event.kind)) applied.add(event.id)
  const orderEvents = of("order").filter((event) => !applied.has(event.id))
  const orderVersions = await sync.appliedVersions("erp_order", orderEvents.map((event) => Number(event.entity_id)))
  for (const event of orderEvents) {
    const version = orderVersions.get(Number(event.entity_id))
    if (version && fromErpTimestamp(version).getTime() >= fromErpTimestamp(event.version).getTime()) applied.add(event.id)
  }
  const shipmentEvents = of("shipment")
  if (shipmentEvents.length) {
    const shipments = await sync.listErpShipments({ ship_id: shipmentEvents.map((event) => Number(event.entity_id)) }, { select: ["ship_id", "delivered_at"] })
    const byId = new Map(shipments.map((shipment) => [String(shipment.ship_id), shipment]))
    for (const event of shipmentEvents) {
      const shipment = byId.get(event.entity_id)
      if (shipment && (event.kind !== "shipment.delivered" || shipment.delivered_at)) applied.add(event.id)
    }
  }
  const documentEvents = of("invoice").filter((event) => !applied.has(event.id))
  if (documentEvents.length) {
    const known = new Set((await invoicing.listInvoices({ number: documentEvents.map((event) => event.entity_id) }, { select: ["number"] })).map((invoice) => invoice.number))
    for (const event of documentEvents) if (known.has(event.entity_id)) applied.add(event.id)
  }
  const paymentEvents = of("payment")
  if (paymentEvents.length) {
    const known = new Set((await invoicing.listPayments({ txn_id: paymentEvents.map((event) => Number(event.entity_id)) }, { select: ["txn_id"] })).map((payment) => String(payment.txn_id)))
    for (const event of paymentEvents) if (known.has(event.entity_id)) applied.add(event.id)
  }
  return applied
}

/**
 * Turns the pending customer events into notifications: one `feed` row (the inbox) for each person the news is
 * for, and an email for those who want it at once. Reads only; the next steps send and mark.
 */
export async function prepareCustomerNotifications(container: MedusaContainer, limit: number, afterSequence: number): Promise<PreparedNotifications> {
  const notifications = container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE)
  // Page by page: events still waiting for their change to land do not hold back the ones behind them.
  const pending = await notifications.events.pending(limit, afterSequence)
  const prepared: PreparedNotifications = { read: pending.length, lastSequence: pending.at(-1)?.sequence ?? afterSequence, notified: [], expired: [], feed: [], emails: [], live: [] }
  if (!pending.length) return prepared
  const applied = await appliedEvents(container, pending)
  const ready = pending.filter((event) => applied.has(event.id))
  prepared.expired = pending.filter((event) => !applied.has(event.id) && Date.now() - new Date(event.created_at).getTime() > EXPIRE_AFTER_MS).map((event) => event.id)
  if (!ready.length) return prepared

  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const ordNos = [...new Set(ready.flatMap((event) => (event.ord_no === null ? [] : [event.ord_no])))]
  const orders = ordNos.length ? await sync.listErpOrders({ ord_no: ordNos }, { select: ["ord_no", "status", "po_ref", "promised_date"] }) : []
  const orderFacts = new Map<number, OrderFacts>(
    orders.map((order) => [order.ord_no, { ord_no: order.ord_no, status: order.status as ErpOrderStatus, po_ref: order.po_ref ?? null, promised_date: order.promised_date ?? null }])
  )
  const members = await accountRecipients(container, [...new Set(ready.map((event) => event.customer_id))])
  const portal = storefrontUrl()

  for (const event of ready) {
    prepared.notified.push(event.id)
    const live: LivePayload = { c: event.customer_id, s: event.sequence, k: event.kind, o: event.ord_no, a: event.deliv_addr_id }
    prepared.live.push(JSON.stringify(live))
    const category = categoryOf(event.kind)
    if (!category) continue
    const message = messageFor(event, event.ord_no === null ? undefined : orderFacts.get(event.ord_no))
    const resource = { resource_type: event.entity_type, resource_id: event.entity_id, trigger_type: event.kind }
    for (const recipient of recipientsFor(members.get(event.customer_id) ?? [], category, event.deliv_addr_id)) {
      prepared.feed.push({
        to: recipient.membership_id,
        channel: "feed",
        template: event.kind,
        receiver_id: recipient.membership_id,
        ...resource,
        idempotency_key: `${event.id}:feed:${recipient.membership_id}`,
        data: { category, title: message.title, body: message.body, link: message.link, customer_id: event.customer_id, sequence: event.sequence },
      })
      if (recipient.delivery[category] !== "immediate") continue
      // The statement's PDF went to the account's statement address already: one email about it is enough.
      if (event.kind === "statement.ready" && sameAddress(recipient.email, (event.data as unknown as StatementData).emailed_to)) continue
      const token = unsubscribeToken(container, recipient.person_id, category)
      prepared.emails.push({
        to: recipient.email,
        channel: "email",
        template: "customer-event",
        receiver_id: recipient.membership_id,
        ...resource,
        idempotency_key: `${event.id}:email:${recipient.membership_id}`,
        data: {
          name: recipient.name,
          category_label: NOTIFICATION_CATEGORY[category].label,
          ...message,
          link: `${portal}${message.link}`,
          preferences_url: `${portal}/account/profile#notifications`,
          unsubscribe_url: `${portal}/unsubscribe?token=${token}`,
          one_click_unsubscribe_url: `${portal}/unsubscribe/one-click?token=${token}`,
        },
        provider_data: { attempts: 1, last_attempt_at: new Date().toISOString() },
      })
    }
  }
  return prepared
}

export const prepareCustomerNotificationsStep = createStep("prepare-customer-notifications", async (input: { limit: number; after: number }, { container }) => {
  return new StepResponse(await prepareCustomerNotifications(container, input.limit, input.after))
})
