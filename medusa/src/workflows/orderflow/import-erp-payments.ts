import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { OrderflowEvents } from "./events"
import { recordPaymentEventsStep } from "./steps/record-customer-events"
import { type UpsertPaymentsInput, upsertInvoicingPaymentsStep } from "./steps/upsert-invoicing-payments"

export const importErpPaymentsWorkflowId = "import-erp-payments"

export const importErpPaymentsWorkflow = createWorkflow(importErpPaymentsWorkflowId, (input: UpsertPaymentsInput) => {
  recordPaymentEventsStep(input)
  const result = upsertInvoicingPaymentsStep(input)
  emitEventStep({ eventName: OrderflowEvents.PAYMENT_RECEIVED, data: transform({ result }, ({ result }) => result.received) })
  return new WorkflowResponse(result)
})
