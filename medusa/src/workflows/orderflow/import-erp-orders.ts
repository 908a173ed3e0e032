import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { OrderflowEvents } from "./events"
import { type ImportErpOrdersInput, importErpOrdersStep } from "./steps/import-erp-orders"
import { recordOrderEventsStep } from "./steps/record-customer-events"

export const importErpOrdersWorkflowId = "import-erp-orders"

/**
 * Brings a page of OrderFlow orders in as native Medusa orders and announces every status change: recorded for the
 * customers first (what this page will tell them), then applied.
 */
export const importErpOrdersWorkflow = createWorkflow(importErpOrdersWorkflowId, (input: ImportErpOrdersInput) => {
  recordOrderEventsStep(input)
  const result = importErpOrdersStep(input)
  const changes = transform({ result }, ({ result }) => result.changes)
  emitEventStep({ eventName: OrderflowEvents.ORDER_STATUS_CHANGED, data: changes })
  return new WorkflowResponse(result)
})
