import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { TicketErpRequestKind } from "@portal/integrations/support"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

export interface TicketErpRequestInput {
  kind: TicketErpRequestKind
  ticket_id: string
  customer_id: string
  cust_no: string
  ord_no: number | null
  summary: string
  requested_by: string
}

/** Puts a credit note or redelivery in staff's "Changes to enter in OrderFlow" queue; undone by removing it. */
export const createTicketErpRequestStep = createStep(
  "create-ticket-erp-request",
  async (input: TicketErpRequestInput, { container }) => {
    const request = await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpChangeRequests({
      kind: input.kind,
      customer_id: input.customer_id,
      cust_no: input.cust_no,
      summary: input.summary,
      changes: {},
      support_ticket_id: input.ticket_id,
      ord_no: input.ord_no,
      requested_by: input.requested_by,
    })
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).deleteErpChangeRequests(id)
  }
)
