import type { ErpShipment } from "@portal/integrations/orderflow"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { type Announcing, OrderflowEvents, announced } from "./events"
import { upsertErpShipmentsStep } from "./steps/upsert-erp-shipments"

export const importErpShipmentsWorkflowId = "import-erp-shipments"

export const importErpShipmentsWorkflow = createWorkflow(importErpShipmentsWorkflowId, (input: { shipments: ErpShipment[] } & Announcing) => {
  const result = upsertErpShipmentsStep(input.shipments)
  emitEventStep({ eventName: OrderflowEvents.SHIPMENT_CREATED, data: transform({ announce: input.announce, result }, ({ announce, result }) => announced(announce, result.created)) }).config({ name: "emit-shipment-created" })
  emitEventStep({ eventName: OrderflowEvents.SHIPMENT_DELIVERED, data: transform({ announce: input.announce, result }, ({ announce, result }) => announced(announce, result.delivered)) }).config({ name: "emit-shipment-delivered" })
  return new WorkflowResponse(result)
})
