import { model } from "@medusajs/framework/utils"
import { TICKET_CATEGORIES, TICKET_RATINGS, TICKET_STATUSES, TICKET_TOPICS } from "@portal/integrations/support"
import { SupportMessage } from "./support-message"

/**
 * A question or problem a person of a customer account raised, and its thread. What it is about (an order, one of
 * its lines, an invoice, a help article, a search that found nothing) is kept by OrderFlow's own numbers; `topic`
 * decides who in the company reads it besides its author (integrations/support).
 */
export const SupportTicket = model
  .define("support_ticket", {
    id: model.id({ prefix: "tkt" }).primaryKey(),
    /** Shown as T-<number>. */
    number: model.autoincrement(),
    customer_id: model.text(),
    cust_no: model.text(),
    author_person_id: model.text(),
    author_name: model.text().nullable(),
    author_email: model.text().nullable(),
    category: model.enum([...TICKET_CATEGORIES]),
    topic: model.enum([...TICKET_TOPICS]),
    subject: model.text(),
    status: model.enum([...TICKET_STATUSES]).default("open"),
    order_no: model.number().nullable(),
    order_line_no: model.number().nullable(),
    order_line_description: model.text().nullable(),
    invoice_number: model.text().nullable(),
    help_article: model.text().nullable(),
    search_query: model.text().nullable(),
    /** The Medusa user (staff) it is assigned to. */
    assignee_id: model.text().nullable(),
    /** When the customer last wrote (the inbox's age) and when anyone last wrote a visible message. */
    last_customer_message_at: model.dateTime(),
    last_message_at: model.dateTime(),
    last_message_from: model.enum(["customer", "staff"]).default("customer"),
    first_response_at: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    rating: model.enum([...TICKET_RATINGS]).nullable(),
    rated_at: model.dateTime().nullable(),
    messages: model.hasMany(() => SupportMessage, { mappedBy: "ticket" }),
  })
  .indexes([
    { on: ["customer_id", "last_message_at"] },
    { on: ["status", "last_customer_message_at"] },
    { on: ["author_person_id"] },
    { on: ["customer_id", "order_no"] },
  ])
