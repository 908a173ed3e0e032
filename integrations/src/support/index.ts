import type { AccountRole } from "../roles/index.js"

/**
 * Support tickets as customers and staff see them: what a ticket can be about, where it stands, and who in a
 * company account may read it. Browser-safe: the storefront and Medusa's admin use the same words.
 */

export const TICKET_CATEGORIES = ["late_delivery", "damaged_goods", "missing_items", "wrong_items", "invoice_query", "account", "other"] as const
export type TicketCategory = (typeof TICKET_CATEGORIES)[number]

export const TICKET_CATEGORY_LABEL: Record<TicketCategory, string> = {
  late_delivery: "Late delivery",
  damaged_goods: "Damaged goods",
  missing_items: "Missing items",
  wrong_items: "Wrong items",
  invoice_query: "Invoice query",
  account: "My account",
  other: "Something else",
}

/**
 * Where a ticket stands. `waiting_on_customer`: staff answered and asked something back. A resolved ticket can be
 * reopened for REOPEN_WINDOW_DAYS; after that it is closed and a new question starts a new ticket.
 */
export const TICKET_STATUSES = ["open", "waiting_on_customer", "resolved", "closed"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const TICKET_STATUS_LABEL: Record<TicketStatus, string> = {
  open: "Open",
  waiting_on_customer: "Waiting for you",
  resolved: "Resolved",
  closed: "Closed",
}

/** The same statuses as staff read them. */
export const TICKET_STATUS_STAFF_LABEL: Record<TicketStatus, string> = {
  open: "Open",
  waiting_on_customer: "Waiting on customer",
  resolved: "Resolved",
  closed: "Closed",
}

export const REOPEN_WINDOW_DAYS = 14

/**
 * What part of the business a ticket concerns, which decides who in the company reads it besides its author:
 * Buyers the order tickets, Accounts the invoice tickets, Admins all.
 */
export const TICKET_TOPICS = ["order", "invoice", "general"] as const
export type TicketTopic = (typeof TICKET_TOPICS)[number]

/** A ticket about an invoice is an invoice ticket; about an order (or its delivery), an order ticket. */
export function topicOf(category: TicketCategory, about: { order: boolean; invoice: boolean }): TicketTopic {
  if (about.invoice || category === "invoice_query") return "invoice"
  if (about.order || category === "late_delivery" || category === "damaged_goods" || category === "missing_items" || category === "wrong_items") return "order"
  return "general"
}

/** The topics a role reads besides its own tickets. */
export const TOPICS_VISIBLE_TO: Record<AccountRole, readonly TicketTopic[]> = {
  admin: TICKET_TOPICS,
  buyer: ["order"],
  accounts: ["invoice"],
  viewer: [],
}

/** How satisfied the customer was with a resolved ticket: one click. */
export const TICKET_RATINGS = ["good", "bad"] as const
export type TicketRating = (typeof TICKET_RATINGS)[number]

/** Requests staff raise from a ticket for the OrderFlow team to key in. */
export const TICKET_ERP_REQUEST_KINDS = ["credit_note", "redelivery"] as const
export type TicketErpRequestKind = (typeof TICKET_ERP_REQUEST_KINDS)[number]

export const TICKET_ERP_REQUEST_LABEL: Record<TicketErpRequestKind, string> = {
  credit_note: "Credit note",
  redelivery: "Redelivery",
}

/** Limits of one message's text. */
export const TICKET_LIMITS = { subjectMax: 120, bodyMax: 5_000 } as const

/** "T-1042": how people name a ticket (its number). */
export const ticketReference = (number: number) => `T-${number}`

/** One ticket in a customer's list. */
export interface PortalTicketSummary {
  id: string
  reference: string
  subject: string
  category: TicketCategory
  status: TicketStatus
  order_no: number | null
  invoice_number: string | null
  author_name: string | null
  created_at: string
  updated_at: string
  last_message_at: string
  /** The last message was staff's and came after the customer last looked: a hint, not a read mark. */
  last_from: "customer" | "staff"
}

export interface PortalTicketAttachment {
  id: string
  file_name: string
  content_type: string
  size_bytes: number
  /** A short-lived signed link (a path in Medusa) that serves the file to the ticket's account. */
  url: string
}

export interface PortalTicketMessage {
  id: string
  author_type: "customer" | "staff"
  author_name: string
  body: string
  via: "portal" | "email" | "admin"
  created_at: string
  attachments: PortalTicketAttachment[]
}

export interface PortalTicket extends PortalTicketSummary {
  order_line: { line_no: number; description: string } | null
  help_article: string | null
  rating: TicketRating | null
  resolved_at: string | null
  /** Until when a resolved ticket can be reopened; null when it cannot. */
  reopen_until: string | null
  messages: PortalTicketMessage[]
}
