import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { OrderflowEvents } from "./events"
import { recordDocumentEventsStep } from "./steps/record-customer-events"
import { type UpsertDocumentsInput, upsertInvoicingDocumentsStep } from "./steps/upsert-invoicing-documents"

export const importErpDocumentsWorkflowId = "import-erp-documents"

export const importErpDocumentsWorkflow = createWorkflow(importErpDocumentsWorkflowId, (input: UpsertDocumentsInput) => {
  recordDocumentEventsStep(input)
  const result = upsertInvoicingDocumentsStep(input)
  emitEventStep({ eventName: OrderflowEvents.INVOICE_CREATED, data: transform({ result }, ({ result }) => result.created) })
  return new WorkflowResponse(result)
})
