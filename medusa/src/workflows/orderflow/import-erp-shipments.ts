import type { ErpShipment } from "@portal/integrations/orderflow"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { OrderflowEvents } from "./events"
import { recordShipmentEventsStep } from "./steps/record-customer-events"
import { upsertErpShipmentsStep } from "./steps/upsert-erp-shipments"

export const importErpShipmentsWorkflowId = "import-erp-shipments"

export const importErpShipmentsWorkflow = createWorkflow(importErpShipmentsWorkflowId, (shipments: ErpShipment[]) => {
  recordShipmentEventsStep(shipments)
  const result = upsertErpShipmentsStep(shipments)
  emitEventStep({ eventName: OrderflowEvents.SHIPMENT_CREATED, data: transform({ result }, ({ result }) => result.created) }).config({ name: "emit-shipment-created" })
  emitEventStep({ eventName: OrderflowEvents.SHIPMENT_DELIVERED, data: transform({ result }, ({ result }) => result.delivered) }).config({ name: "emit-shipment-delivered" })
  return new WorkflowResponse(result)
})
