import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { TICKET_ERP_REQUEST_LABEL, type TicketErpRequestKind } from "@portal/integrations/support"
import { addTicketMessageStep } from "./steps/add-ticket-message"
import { createTicketErpRequestStep } from "./steps/create-ticket-erp-request"

export interface RequestErpChangeInput {
  kind: TicketErpRequestKind
  ticket: { id: string; reference: string; customer_id: string; cust_no: string; order_no: number | null }
  summary: string
  user_id: string
  staff_name: string
}

/**
 * From a ticket, staff ask for a credit note or a redelivery: it joins "Changes to enter in OrderFlow" linked to the
 * ticket, and the ticket gets an internal note saying so (the customer sees the answer staff write, not the queue).
 */
export const requestErpChangeWorkflow = createWorkflow("request-erp-change-from-ticket", (input: RequestErpChangeInput) => {
  const request = createTicketErpRequestStep(
    transform({ input }, ({ input }) => ({
      kind: input.kind,
      ticket_id: input.ticket.id,
      customer_id: input.ticket.customer_id,
      cust_no: input.ticket.cust_no,
      ord_no: input.ticket.order_no,
      summary: `${TICKET_ERP_REQUEST_LABEL[input.kind]} for ${input.ticket.reference}${input.ticket.order_no ? ` (order ${input.ticket.order_no})` : ""}: ${input.summary}`,
      requested_by: input.staff_name,
    }))
  )
  addTicketMessageStep(
    transform({ input }, ({ input }) => ({
      ticket_id: input.ticket.id,
      author_type: "staff" as const,
      author_user_id: input.user_id,
      author_name: input.staff_name,
      body: `${TICKET_ERP_REQUEST_LABEL[input.kind]} requested for OrderFlow: ${input.summary}`,
      internal: true,
      via: "admin" as const,
      files: [],
    }))
  )
  return new WorkflowResponse(request)
})
