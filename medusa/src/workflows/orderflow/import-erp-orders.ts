import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { type Announcing, OrderflowEvents, announced } from "./events"
import { type ImportErpOrdersInput, importErpOrdersStep } from "./steps/import-erp-orders"

export const importErpOrdersWorkflowId = "import-erp-orders"

/** Brings a page of OrderFlow orders in as native Medusa orders and announces every status change. */
export const importErpOrdersWorkflow = createWorkflow(importErpOrdersWorkflowId, (input: ImportErpOrdersInput & Announcing) => {
  const result = importErpOrdersStep(input)
  const changes = transform({ announce: input.announce, result }, ({ announce, result }) => announced(announce, result.changes))
  emitEventStep({ eventName: OrderflowEvents.ORDER_STATUS_CHANGED, data: changes })
  return new WorkflowResponse(result)
})
