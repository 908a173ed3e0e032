import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
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
 * file behind a short-lived link signed for this account (or for staff, in the admin's own view, notes included).
 */
export async function loadTicketThread(container: MedusaContainer, ticketId: string, audience: FileAudience, fileBase: string) {
  const found = await container.resolve<SupportModuleService>(SUPPORT_MODULE).queries.thread(ticketId, "staff" in audience)
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "That ticket was not found.")
  const thread = found.messages.map((message) => ({
    ...message,
    attachments: message.attachments.map((attachment) => ({ ...attachment, url: `${fileBase}/${signFileLink(container, attachment.id, audience)}` })),
  }))
  return { ticket: found.ticket, thread }
}

/** The customer's view of a ticket. */
export async function portalTicket(container: MedusaContainer, ticketId: string, customerId: string): Promise<PortalTicket> {
  const { ticket, thread } = await loadTicketThread(container, ticketId, { customer_id: customerId }, "/store/portal/ticket-files")
  const until = reopenUntil(ticket)
  return {
    ...portalTicketSummary(ticket),
    order_line: ticket.order_line_no ? { line_no: ticket.order_line_no, description: ticket.order_line_description ?? "" } : null,
    help_article: ticket.help_article,
    rating: ticket.rating,
    resolved_at: ticket.resolved_at ? iso(ticket.resolved_at) : null,
    reopen_until: until && until.getTime() > Date.now() ? until.toISOString() : null,
    messages: thread.map(({ internal: _internal, author_user_id: _user, ...message }) => message),
  }
}
