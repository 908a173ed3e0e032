import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { TicketFileInput } from "../../lib/support/files"
import { type RequestOrigin, recordAuditEntryStep } from "../audit/steps/record-audit-entry"
import { type NewTicket, createTicketRecordsStep } from "./steps/create-ticket-records"
import { storeTicketFilesStep } from "./steps/store-ticket-files"
import { tellPeopleStep } from "./steps/tell-people"

export interface CreateTicketInput {
  ticket: NewTicket
  body: string
  files: TicketFileInput[]
  origin: RequestOrigin
}

/** A customer asks a question or reports a problem: the ticket with its first message and files; support hears of it. */
export const createTicketWorkflow = createWorkflow("create-support-ticket", (input: CreateTicketInput) => {
  const files = storeTicketFilesStep(transform({ input }, ({ input }) => input.files))
  const created = createTicketRecordsStep(transform({ input, files }, ({ input, files }) => ({ ticket: input.ticket, body: input.body, via: "portal" as const, files })))
  recordAuditEntryStep(
    transform({ input, created }, ({ input, created }) => ({
      action: "ticket.created" as const,
      customer_id: input.ticket.customer_id,
      person_id: input.ticket.author_person_id,
      target_type: "support_ticket",
      target_id: created.ticket.id,
      details: { category: input.ticket.category, order_no: input.ticket.order_no, invoice_number: input.ticket.invoice_number, files: created.attachments.length },
      ...input.origin,
    }))
  )
  tellPeopleStep(
    transform({ created }, ({ created }) => ({
      ticket: created.ticket,
      message: { ...created.message, attachment_names: created.attachments.map((attachment) => attachment.file_name) },
      to: "staff_new" as const,
    }))
  )
  return new WorkflowResponse(created)
})
