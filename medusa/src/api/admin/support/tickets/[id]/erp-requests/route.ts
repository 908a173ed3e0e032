import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketReference } from "@portal/integrations/support"
import { SUPPORT_MODULE } from "../../../../../../modules/support"
import type SupportModuleService from "../../../../../../modules/support/service"
import { requestErpChangeWorkflow } from "../../../../../../workflows/support/request-erp-change"
import { staffMember } from "../../../staff"
import type { AdminRequestErpChangeType } from "../../../validators"

/** A credit note or redelivery for this ticket, queued under "Changes to enter in OrderFlow". */
export async function POST(req: AuthenticatedMedusaRequest<AdminRequestErpChangeType>, res: MedusaResponse) {
  const ticket = await req.scope
    .resolve<SupportModuleService>(SUPPORT_MODULE)
    .retrieveSupportTicket(req.params.id!, { select: ["id", "number", "customer_id", "cust_no", "order_no"] })
  const staff = await staffMember(req)
  const { result } = await requestErpChangeWorkflow(req.scope).run({
    input: {
      kind: req.validatedBody.kind,
      summary: req.validatedBody.summary,
      ticket: { id: ticket.id, reference: ticketReference(ticket.number), customer_id: ticket.customer_id, cust_no: ticket.cust_no, order_no: ticket.order_no },
      user_id: staff.id,
      staff_name: staff.name,
    },
  })
  res.status(201).json({ erp_change_request: result })
}
