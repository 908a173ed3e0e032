import { MedusaService } from "@medusajs/framework/utils"
import { SavedReply } from "./models/saved-reply"
import { SupportAttachment } from "./models/support-attachment"
import { SupportEmail } from "./models/support-email"
import { SupportMessage } from "./models/support-message"
import { SupportTicket } from "./models/support-ticket"
import type { TicketQueriesRepository } from "./repositories/ticket-queries"

/** Support tickets, their threads and files, the emails that carry them, and staff's saved replies. */
class SupportModuleService extends MedusaService({ SupportTicket, SupportMessage, SupportAttachment, SupportEmail, SavedReply }) {
  readonly queries: TicketQueriesRepository

  constructor(container: { ticketQueriesRepository: TicketQueriesRepository }) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService takes the module's whole container, as in Medusa's own modules
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.queries = container.ticketQueriesRepository
  }
}

export default SupportModuleService
