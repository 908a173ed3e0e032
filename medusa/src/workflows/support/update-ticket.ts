import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type TicketChanges, updateTicketStep } from "./steps/update-ticket"

/** Staff assign a ticket or move it to another status without writing; a customer rates a resolved one. */
export const updateTicketWorkflow = createWorkflow("update-support-ticket", (input: TicketChanges) => {
  return new WorkflowResponse(updateTicketStep(input))
})
