import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { removeDeletedDraftsStep } from "./steps/remove-deleted-drafts"

export const removeDeletedDraftsWorkflowId = "remove-deleted-drafts"

export const removeDeletedDraftsWorkflow = createWorkflow(removeDeletedDraftsWorkflowId, (deleted: { ord_no: number; order_id: string | null }[]) => {
  return new WorkflowResponse(removeDeletedDraftsStep(deleted))
})
