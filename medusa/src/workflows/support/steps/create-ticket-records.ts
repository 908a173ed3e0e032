import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { TicketCategory, TicketTopic } from "@portal/integrations/support"
import type { StoredTicketFile } from "../../../lib/support/files"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export interface NewTicket {
  customer_id: string
  cust_no: string
  author_person_id: string
  author_name: string
  author_email: string | null
  category: TicketCategory
  topic: TicketTopic
  subject: string
  order_no: number | null
  order_line_no: number | null
  order_line_description: string | null
  invoice_number: string | null
  help_article: string | null
  search_query: string | null
}

export interface CreateTicketRecordsInput {
  ticket: NewTicket
  body: string
  via: "portal" | "email"
  files: StoredTicketFile[]
}

/** The ticket, its first message and that message's files; undone by deleting all three. */
export const createTicketRecordsStep = createStep(
  "create-ticket-records",
  async ({ ticket, body, via, files }: CreateTicketRecordsInput, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const now = new Date()
    const created = await support.createSupportTickets({ ...ticket, status: "open", last_customer_message_at: now, last_message_at: now, last_message_from: "customer" })
    const message = await support.createSupportMessages({
      ticket_id: created.id,
      author_type: "customer",
      author_person_id: ticket.author_person_id,
      author_name: ticket.author_name,
      body,
      via,
    })
    const attachments = files.length ? await support.createSupportAttachments(files.map((file) => ({ ...file, message_id: message.id, ticket_id: created.id }))) : []
    return new StepResponse(
      { ticket: created, message, attachments },
      { ticketId: created.id, messageId: message.id, attachmentIds: attachments.map((attachment) => attachment.id) }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    if (undo.attachmentIds.length) await support.deleteSupportAttachments(undo.attachmentIds)
    await support.deleteSupportMessages(undo.messageId)
    await support.deleteSupportTickets(undo.ticketId)
  }
)
