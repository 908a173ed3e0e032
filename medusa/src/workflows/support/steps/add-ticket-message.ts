import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { TicketStatus } from "@portal/integrations/support"
import type { StoredTicketFile } from "../../../lib/support/files"
import { customerMayReply } from "../../../lib/support/rules"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export interface AddTicketMessageInput {
  ticket_id: string
  author_type: "customer" | "staff"
  author_person_id?: string | null
  author_user_id?: string | null
  author_name: string
  body: string
  internal?: boolean
  via: "portal" | "email" | "admin"
  files: StoredTicketFile[]
  /** Staff: where the ticket stands after this message (a customer's message always reopens it). */
  status?: TicketStatus
  /** The email it arrived as, so the same email is never threaded twice. */
  email_message_id?: string | null
}

const TICKET_FIELDS = ["id", "number", "customer_id", "cust_no", "author_person_id", "category", "subject", "status", "resolved_at", "first_response_at", "closed_at", "last_message_at", "last_message_from", "last_customer_message_at"] as const

/**
 * One message on a ticket's thread, and what it changes: a customer's reopens a resolved ticket (within the reopen
 * window) and puts it back in the inbox; staff's answers it. Undone by deleting the message and restoring the ticket.
 */
export const addTicketMessageStep = createStep(
  "add-ticket-message",
  async (input: AddTicketMessageInput, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const ticket = await support.retrieveSupportTicket(input.ticket_id, { select: [...TICKET_FIELDS] })
    const now = new Date()
    if (input.author_type === "customer") {
      const refusal = customerMayReply(ticket, now)
      if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    const previous = Object.fromEntries(TICKET_FIELDS.filter((field) => field !== "number").map((field) => [field, ticket[field]]))
    // The email's Message-ID is claimed first: a second copy arriving at the same moment fails here, before writing.
    if (input.email_message_id) await support.createSupportEmails({ message_id: input.email_message_id, ticket_id: ticket.id, direction: "inbound" })
    const message = await support.createSupportMessages({
      ticket_id: ticket.id,
      author_type: input.author_type,
      author_person_id: input.author_person_id ?? null,
      author_user_id: input.author_user_id ?? null,
      author_name: input.author_name,
      body: input.body,
      internal: input.internal ?? false,
      via: input.via,
    })
    const attachments = input.files.length ? await support.createSupportAttachments(input.files.map((file) => ({ ...file, message_id: message.id, ticket_id: ticket.id }))) : []
    const status: TicketStatus = input.author_type === "customer" ? "open" : (input.status ?? ticket.status)
    const changes = input.internal
      ? {}
      : input.author_type === "customer"
        ? { status, resolved_at: null, closed_at: null, last_customer_message_at: now, last_message_at: now, last_message_from: "customer" as const }
        : {
            status,
            last_message_at: now,
            last_message_from: "staff" as const,
            first_response_at: ticket.first_response_at ?? now,
            resolved_at: status === "resolved" || status === "closed" ? (ticket.resolved_at ?? now) : null,
            closed_at: status === "closed" ? (ticket.closed_at ?? now) : null,
          }
    const updated = Object.keys(changes).length ? await support.updateSupportTickets({ id: ticket.id, ...changes }) : ticket
    return new StepResponse(
      { ticket: { ...ticket, ...updated }, message, attachments, reopened: input.author_type === "customer" && ticket.status === "resolved" },
      { ticket: previous, messageId: message.id, attachmentIds: attachments.map((attachment) => attachment.id), emailMessageId: input.email_message_id ?? null }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    if (undo.attachmentIds.length) await support.deleteSupportAttachments(undo.attachmentIds)
    if (undo.emailMessageId) {
      const emails = await support.listSupportEmails({ message_id: undo.emailMessageId }, { select: ["id"] })
      if (emails.length) await support.deleteSupportEmails(emails.map((email) => email.id))
    }
    await support.deleteSupportMessages(undo.messageId)
    await support.updateSupportTickets(undo.ticket as { id: string })
  }
)
