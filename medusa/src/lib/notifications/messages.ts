import { formatRand } from "@portal/integrations"
import { formatDate, formatDay, formatMonth } from "@portal/integrations/locale"
import type { NotificationKind } from "@portal/integrations/notifications"
import type { ErpOrderStatus } from "@portal/integrations/orderflow"
import { ORDER_STAGES, ORDER_STAGE_LABEL, stageOf } from "@portal/integrations/order-status"
import { trackShipment } from "@portal/integrations/tracking"
import type { CustomerEventRow } from "../../modules/customer-notifications/repositories/customer-event-outbox"

/** The order an event is about, as it stands when people are told. */
export interface OrderFacts {
  ord_no: number
  status: ErpOrderStatus
  po_ref: string | null
  promised_date: string | null
}

/** One step of the order's progress line in an email: its name, and whether the order has reached it. */
export interface ProgressStep {
  label: string
  reached: boolean
  current: boolean
}

/** What one event says, the same in the inbox and in the email. */
export interface EventMessage {
  title: string
  /** One or two sentences. */
  body: string
  /** A path in the portal. */
  link: string
  /** The carrier's tracking page, for a shipment. */
  tracking_url?: string | null
  progress?: ProgressStep[] | null
}

interface ShipmentData {
  carrier: string
  waybill: string | null
  eta_date: string | null
  pod_name: string | null
  delivered_at: string | null
}

interface PaymentData {
  amount_cents: number
  paid_on: string
  allocations: { invoice_number: string; amount_cents: number }[]
}

interface DocumentData {
  total_cents: number
  due_date: string
}

/** What the monthly statements job records with a statement.ready event (workflows/invoicing). */
export interface StatementData {
  period: string
  closing_balance_cents: number
  /** The account's statement address, which already had the statement's PDF by email. */
  emailed_to: string | null
}

interface ReminderData {
  promised_date?: string
  eta_date?: string | null
  /** The portal's delivery estimate when its range ends after the promised day. */
  expected_from?: string | null
  expected_by?: string | null
  due_date?: string
  outstanding_cents?: number
}

export function progressOf(status: ErpOrderStatus): ProgressStep[] | null {
  const stage = stageOf(status)
  if (!stage) return null
  const at = ORDER_STAGES.indexOf(stage)
  return ORDER_STAGES.map((step, index) => ({ label: ORDER_STAGE_LABEL[step], reached: index <= at, current: index === at }))
}

const orderName = (order: OrderFacts | undefined, ordNo: number | null) => `Order ${ordNo}${order?.po_ref ? ` (your reference ${order.po_ref})` : ""}`

/** The words for an event; `order` is the order it concerns, if any. */
export function messageFor(event: Pick<CustomerEventRow, "kind" | "entity_id" | "ord_no" | "data">, order?: OrderFacts): EventMessage {
  const kind = event.kind as NotificationKind
  const ordNo = event.ord_no
  const orderLink = `/account/orders/${ordNo}`
  const name = orderName(order, ordNo)
  const promised = order?.promised_date ? ` It is promised for ${formatDay(order.promised_date)}.` : ""
  const progress = order ? progressOf(order.status) : null
  switch (kind) {
    case "order.confirmed":
      return { title: `Order ${ordNo} is confirmed`, body: `${name} is confirmed.${promised}`, link: orderLink, progress }
    case "order.processing":
      return { title: `Order ${ordNo} is being prepared`, body: `${name} is being prepared in our warehouse.${promised}`, link: orderLink, progress }
    case "order.packing":
      return { title: `Order ${ordNo} is being packed`, body: `${name} is being packed for delivery.${promised}`, link: orderLink, progress }
    case "order.on_hold":
      return { title: `Order ${ordNo} is on hold`, body: `${name} is on hold. We will tell you as soon as it moves again; contact us if you need it sooner.`, link: orderLink, progress }
    case "order.released":
      return { title: `Order ${ordNo} is moving again`, body: `${name} is no longer on hold.${promised}`, link: orderLink, progress }
    case "order.recalled":
      return { title: `Order ${ordNo}'s shipment was called back`, body: `The shipment of ${name.toLowerCase()} came back to our warehouse. We will tell you when it leaves again.`, link: orderLink, progress }
    case "order.cancelled":
      return { title: `Order ${ordNo} was cancelled`, body: `${name} was cancelled. Contact us if you did not expect this.`, link: orderLink, progress: null }
    case "shipment.shipped": {
      const shipment = event.data as unknown as ShipmentData
      const tracking = trackShipment(shipment.carrier, shipment.waybill)
      const how = tracking.own_fleet ? "on our own delivery vehicle" : `with ${tracking.carrier_name}${shipment.waybill ? `, waybill ${shipment.waybill}` : ""}`
      const eta = shipment.eta_date ? ` Expected on ${formatDay(shipment.eta_date)}.` : ""
      return { title: `Order ${ordNo} is on its way`, body: `${name} left our warehouse ${how}.${eta}`, link: orderLink, tracking_url: tracking.tracking_url, progress }
    }
    case "shipment.delivered": {
      const shipment = event.data as unknown as ShipmentData
      const when = shipment.delivered_at ? ` on ${formatDate(shipment.delivered_at)}` : ""
      const signed = shipment.pod_name ? `, signed for by ${shipment.pod_name}` : ""
      return { title: `Order ${ordNo} was delivered`, body: `${name} was delivered${when}${signed}.`, link: orderLink, progress }
    }
    case "invoice.issued": {
      const document = event.data as unknown as DocumentData
      const forOrder = ordNo ? ` for order ${ordNo}` : ""
      return {
        title: `Invoice ${event.entity_id}: ${formatRand(document.total_cents)}`,
        body: `Invoice ${event.entity_id}${forOrder} is ready: ${formatRand(document.total_cents)}, due on ${formatDay(document.due_date)}.`,
        link: `/account/invoices/${encodeURIComponent(event.entity_id)}`,
      }
    }
    case "credit_note.issued": {
      const document = event.data as unknown as DocumentData
      return {
        title: `Credit note ${event.entity_id}: ${formatRand(Math.abs(document.total_cents))}`,
        body: `Credit note ${event.entity_id} of ${formatRand(Math.abs(document.total_cents))} is on your account.`,
        link: `/account/invoices/${encodeURIComponent(event.entity_id)}`,
      }
    }
    case "order.running_late": {
      const late = event.data as unknown as ReminderData
      const promise = formatDay(late.promised_date!)
      const body =
        late.eta_date && late.eta_date > late.promised_date!
          ? `The carrier now expects ${name.toLowerCase()} on ${formatDay(late.eta_date)}, after the ${promise} we promised. We are sorry for the wait.`
          : late.expected_by && late.expected_by > late.promised_date!
            ? `${name} was promised for ${promise}; orders like it are now arriving by ${formatDay(late.expected_by)}${late.expected_from && late.expected_from < late.expected_by ? ` (from ${formatDay(late.expected_from)})` : ""}. We are following it up and are sorry for the wait.`
            : `${name} was promised for ${promise} and has not been delivered yet. We are following it up and will tell you as soon as it moves.`
      return { title: `Order ${ordNo} is running late`, body, link: orderLink, progress }
    }
    case "invoice.due_soon": {
      const due = event.data as unknown as ReminderData
      return {
        title: `Invoice ${event.entity_id} is due on ${formatDay(due.due_date!)}`,
        body: `${formatRand(due.outstanding_cents!)} is still open on invoice ${event.entity_id}, due on ${formatDay(due.due_date!)}. Pay by EFT with the invoice number as reference.`,
        link: `/account/invoices/${encodeURIComponent(event.entity_id)}`,
      }
    }
    case "invoice.overdue": {
      const due = event.data as unknown as ReminderData
      return {
        title: `Invoice ${event.entity_id} is overdue`,
        body: `${formatRand(due.outstanding_cents!)} on invoice ${event.entity_id} was due on ${formatDay(due.due_date!)}. If you have paid it, thank you: payments take a day or two to show.`,
        link: `/account/invoices/${encodeURIComponent(event.entity_id)}`,
      }
    }
    case "payment.received": {
      const payment = event.data as unknown as PaymentData
      const paid = payment.allocations.length
        ? ` It paid ${payment.allocations.map((allocation) => `invoice ${allocation.invoice_number} (${formatRand(allocation.amount_cents)})`).join(", ")}.`
        : " It is on your account, ready to settle your next invoices."
      return { title: `Payment received: ${formatRand(payment.amount_cents)}`, body: `Thank you: we received ${formatRand(payment.amount_cents)} on ${formatDay(payment.paid_on)}.${paid}`, link: "/account/payments" }
    }
    case "statement.ready": {
      const statement = event.data as unknown as StatementData
      const balance = statement.closing_balance_cents
      const owing = balance > 0 ? `You owed ${formatRand(balance)} at the end of the month.` : balance < 0 ? `Your account was ${formatRand(-balance)} in credit at the end of the month.` : "Your account was settled at the end of the month."
      return { title: `Your ${formatMonth(statement.period)} statement is ready`, body: `${owing} Download it, with every invoice, credit note and payment of the month, from Statements.`, link: "/account/statements" }
    }
    default:
      return { title: "Your account changed", body: "Something changed on your account.", link: "/account" }
  }
}
