import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type UpsertErpCustomersInput, upsertErpCustomersStep } from "./steps/upsert-erp-customers"

export const importErpCustomersWorkflowId = "import-erp-customers"

/** Brings a page of OrderFlow customers in as Medusa customers. */
export const importErpCustomersWorkflow = createWorkflow(importErpCustomersWorkflowId, (input: UpsertErpCustomersInput) => {
  return new WorkflowResponse(upsertErpCustomersStep(input))
})
