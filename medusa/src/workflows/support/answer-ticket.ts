import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { TicketStatus } from "@portal/integrations/support"
import type { TicketFileInput } from "../../lib/support/files"
import { addTicketMessageStep } from "./steps/add-ticket-message"
import { storeTicketFilesStep } from "./steps/store-ticket-files"
import { tellPeopleStep } from "./steps/tell-people"

export interface AnswerTicketInput {
  ticket_id: string
  user_id: string
  author_name: string
  body: string
  /** An internal note: staff's alone, never shown or sent to the customer. */
  internal: boolean
  /** Where the ticket stands after the answer (a note leaves it as it is). */
  status: TicketStatus
  files: TicketFileInput[]
}

/** Staff answer a ticket in the admin (the customer is told as they chose), or leave an internal note. */
export const answerTicketWorkflow = createWorkflow("answer-support-ticket", (input: AnswerTicketInput) => {
  const files = storeTicketFilesStep(transform({ input }, ({ input }) => input.files))
  const added = addTicketMessageStep(
    transform({ input, files }, ({ input, files }) => ({
      ticket_id: input.ticket_id,
      author_type: "staff" as const,
      author_user_id: input.user_id,
      author_name: input.author_name,
      body: input.body,
      internal: input.internal,
      via: "admin" as const,
      status: input.internal ? undefined : input.status,
      files,
    }))
  )
  tellPeopleStep(
    transform({ input, added }, ({ input, added }) => ({
      ticket: added.ticket,
      message: { ...added.message, attachment_names: added.attachments.map((attachment) => attachment.file_name) },
      to: input.internal ? ("nobody" as const) : input.status === "resolved" ? ("author_resolved" as const) : ("author" as const),
    }))
  )
  return new WorkflowResponse(added)
})
