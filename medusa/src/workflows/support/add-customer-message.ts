import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { TicketFileInput } from "../../lib/support/files"
import { type RequestOrigin, recordAuditEntryStep } from "../audit/steps/record-audit-entry"
import { addTicketMessageStep } from "./steps/add-ticket-message"
import { storeTicketFilesStep } from "./steps/store-ticket-files"
import { tellPeopleStep } from "./steps/tell-people"

export interface AddCustomerMessageInput {
  ticket_id: string
  customer_id: string
  person_id: string
  author_name: string
  body: string
  files: TicketFileInput[]
  via: "portal" | "email"
  /** For a reply by email: its Message-ID. */
  email_message_id?: string | null
  origin: RequestOrigin
}

/**
 * A customer writes on their ticket, in the portal or by replying to our email: it goes back to support (a resolved
 * ticket is reopened within its window) and the support team hears of it.
 */
export const addCustomerMessageWorkflow = createWorkflow("add-customer-ticket-message", (input: AddCustomerMessageInput) => {
  const files = storeTicketFilesStep(transform({ input }, ({ input }) => input.files))
  const added = addTicketMessageStep(
    transform({ input, files }, ({ input, files }) => ({
      ticket_id: input.ticket_id,
      author_type: "customer" as const,
      author_person_id: input.person_id,
      author_name: input.author_name,
      body: input.body,
      via: input.via,
      files,
      email_message_id: input.email_message_id ?? null,
    }))
  )
  recordAuditEntryStep(
    transform({ input, added }, ({ input, added }) => ({
      action: "ticket.replied" as const,
      customer_id: input.customer_id,
      person_id: input.person_id,
      target_type: "support_ticket",
      target_id: input.ticket_id,
      details: { via: input.via, reopened: added.reopened, files: added.attachments.length },
      ...input.origin,
    }))
  )
  tellPeopleStep(
    transform({ added }, ({ added }) => ({
      ticket: added.ticket,
      message: { ...added.message, attachment_names: added.attachments.map((attachment) => attachment.file_name) },
      to: "staff_reply" as const,
    }))
  )
  return new WorkflowResponse(added)
})
