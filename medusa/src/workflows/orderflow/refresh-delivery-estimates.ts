import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { announceAccountChangesStep } from "./steps/announce-account-changes"
import { type SaveDeliveryEstimatesInput, saveDeliveryEstimatesStep } from "./steps/save-delivery-estimates"

export const refreshDeliveryEstimatesWorkflowId = "refresh-delivery-estimates"

/** Stores freshly worked-out delivery estimates (lib/estimates works them out from the learned history). */
export const refreshDeliveryEstimatesWorkflow = createWorkflow(refreshDeliveryEstimatesWorkflowId, (input: SaveDeliveryEstimatesInput) => {
  const saved = saveDeliveryEstimatesStep(input)
  announceAccountChangesStep(transform({ input }, ({ input }) => ({ ordNos: input.ordNos })))
  return new WorkflowResponse(saved)
})
