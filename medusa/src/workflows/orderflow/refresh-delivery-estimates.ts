import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type SaveDeliveryEstimatesInput, saveDeliveryEstimatesStep } from "./steps/save-delivery-estimates"

export const refreshDeliveryEstimatesWorkflowId = "refresh-delivery-estimates"

/** Stores freshly worked-out delivery estimates (lib/estimates works them out from the learned history). */
export const refreshDeliveryEstimatesWorkflow = createWorkflow(refreshDeliveryEstimatesWorkflowId, (input: SaveDeliveryEstimatesInput) => {
  return new WorkflowResponse(saveDeliveryEstimatesStep(input))
})
