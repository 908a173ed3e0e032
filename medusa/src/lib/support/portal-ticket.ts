import type { MedusaContainer } from "@medusajs/framework/types"
import { type PortalTicket, type PortalTicketSummary, ticketReference } from "@portal/integrations/support"
import { SUPPORT_MODULE } from "../../modules/support"
import type { TicketSummaryRow } from "../../modules/support/repositories/ticket-queries"
import type SupportModuleService from "../../modules/support/service"
import { reopenUntil } from "./rules"
import { type FileAudience, signFileLink } from "./signed-links"

const iso = (value: Date | string) => new Date(value).toISOString()

export const portalTicketSummary = (row: TicketSummaryRow): PortalTicketSummary => ({
  id: row.id,
  reference: ticketReference(row.number),
  subject: row.subject,
  category: row.category,
  status: row.status,
  order_no: row.order_no,
  invoice_number: row.invoice_number,
  author_name: row.author_name,
  created_at: iso(row.created_at),
  updated_at: iso(row.updated_at),
  last_message_at: iso(row.last_message_at),
  last_from: row.last_message_from,
})

/**
 * A ticket and its thread as people of the account see it: internal notes left out in the query itself, and each
 * file behind a short-lived link signed for this account (or for staff, in the admin's own view).
 */
export async function loadTicketThread(container: MedusaContainer, ticketId: string, audience: FileAudience, fileBase: string) {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const forCustomer = !("staff" in audience)
  const [ticket, messages] = await Promise.all([
    support.retrieveSupportTicket(ticketId),
    support.listSupportMessages(
      { ticket_id: ticketId, ...(forCustomer ? { internal: false } : {}) },
      { relations: ["attachments"], order: { created_at: "ASC" }, take: 500 }
    ),
  ])
  const thread = messages.map((message) => ({
    id: message.id,
    author_type: message.author_type,
    author_name: message.author_name,
    author_user_id: message.author_user_id,
    body: message.body,
    internal: message.internal,
    via: message.via,
    created_at: iso(message.created_at),
    attachments: (message.attachments ?? []).map((attachment) => ({
      id: attachment.id,
      file_name: attachment.file_name,
      content_type: attachment.content_type,
      size_bytes: attachment.size_bytes,
      url: `${fileBase}/${signFileLink(container, attachment.id, audience)}`,
    })),
  }))
  return { ticket, thread }
}

/** The customer's view of a ticket. */
export async function portalTicket(container: MedusaContainer, ticketId: string, customerId: string): Promise<PortalTicket> {
  const { ticket, thread } = await loadTicketThread(container, ticketId, { customer_id: customerId }, "/store/portal/ticket-files")
  const until = reopenUntil(ticket)
  return {
    ...portalTicketSummary(ticket as unknown as TicketSummaryRow),
    order_line: ticket.order_line_no ? { line_no: ticket.order_line_no, description: ticket.order_line_description ?? "" } : null,
    help_article: ticket.help_article,
    rating: ticket.rating,
    resolved_at: ticket.resolved_at ? iso(ticket.resolved_at) : null,
    reopen_until: until && until.getTime() > Date.now() ? until.toISOString() : null,
    messages: thread.map(({ internal: _internal, author_user_id: _user, ...message }) => message),
  }
}
