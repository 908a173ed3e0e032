import type { Permission } from "../roles/index.js"

/**
 * What customers hear about, grouped the way they choose how to hear it. Each category goes to the people whose
 * role covers it (`audience`): order news to Buyers and Admins, money news to Accounts and Admins.
 */
export const NOTIFICATION_CATEGORIES = ["order_updates", "deliveries", "invoices", "payments", "statements", "support"] as const
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number]

export const NOTIFICATION_CATEGORY: Record<NotificationCategory, { label: string; hint: string; audience: Permission }> = {
  order_updates: { label: "Order updates", hint: "Confirmed, processing, on hold, released, recalled or cancelled.", audience: "orders.buy" },
  deliveries: { label: "Deliveries", hint: "Shipped with the carrier's tracking, delivered, or running late.", audience: "orders.buy" },
  invoices: { label: "Invoices", hint: "A new invoice or credit note, a reminder before it is due, and when it is overdue.", audience: "finance.read" },
  payments: { label: "Payments", hint: "A payment we received and what it paid.", audience: "finance.read" },
  statements: { label: "Statements", hint: "Your monthly statement is ready.", audience: "finance.read" },
  // Everyone can ask us something; only its author hears the answers (or whoever replied by email).
  support: { label: "Answers to my questions", hint: "We answered or resolved a question you asked us.", audience: "self" },
}

/** How a person hears about a category: an email at once, one email a day (07:00), or only in the portal. */
export const DELIVERY_MODES = ["immediate", "digest", "portal"] as const
export type DeliveryMode = (typeof DELIVERY_MODES)[number]
export const DELIVERY_MODE_LABEL: Record<DeliveryMode, string> = {
  immediate: "Email me at once",
  digest: "One email a day",
  portal: "Only in the portal",
}

/** Every kind of news and its category; `order.changed` (a status with nothing to tell) only moves open pages. */
export const NOTIFICATION_KINDS = {
  "order.confirmed": "order_updates",
  "order.processing": "order_updates",
  "order.packing": "order_updates",
  "order.on_hold": "order_updates",
  "order.released": "order_updates",
  "order.recalled": "order_updates",
  "order.cancelled": "order_updates",
  "order.changed": null,
  "shipment.shipped": "deliveries",
  "shipment.delivered": "deliveries",
  "order.running_late": "deliveries",
  "invoice.issued": "invoices",
  "credit_note.issued": "invoices",
  "invoice.due_soon": "invoices",
  "invoice.overdue": "invoices",
  "payment.received": "payments",
  "statement.ready": "statements",
  "ticket.replied": "support",
  "ticket.resolved": "support",
} as const satisfies Record<string, NotificationCategory | null>
export type NotificationKind = keyof typeof NOTIFICATION_KINDS

export const categoryOf = (kind: NotificationKind): NotificationCategory | null => NOTIFICATION_KINDS[kind]

export const kindsOf = (category: NotificationCategory): NotificationKind[] =>
  (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter((kind) => NOTIFICATION_KINDS[kind] === category)

export const isNotificationCategory = (value: unknown): value is NotificationCategory =>
  typeof value === "string" && (NOTIFICATION_CATEGORIES as readonly string[]).includes(value)

/** One item of a person's notifications, as the portal's pages show it. */
export interface PortalNotification {
  id: string
  kind: NotificationKind
  category: NotificationCategory
  title: string
  body: string
  /** A path in the portal ("/orders/100234"). */
  link: string
  created_at: string
  read: boolean
}

export interface NotificationPreference {
  category: NotificationCategory
  label: string
  hint: string
  delivery: DeliveryMode
}
