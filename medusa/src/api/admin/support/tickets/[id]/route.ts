import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { ticketReference } from "@portal/integrations/support"
import { loadTicketThread } from "../../../../../lib/support/portal-ticket"
import { ORDERFLOW_SYNC_MODULE } from "../../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../../modules/orderflow-sync/service"
import { SUPPORT_MODULE } from "../../../../../modules/support"
import type SupportModuleService from "../../../../../modules/support/service"
import { updateTicketWorkflow } from "../../../../../workflows/support/update-ticket"
import type { AdminUpdateTicketType } from "../../validators"

/** One ticket for staff: the whole thread with internal notes, its customer, and its OrderFlow requests. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id!
  const { ticket, thread } = await loadTicketThread(req.scope, id, { staff: true }, "/admin/support/files")
  const [customer, erpRequests] = await Promise.all([
    req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(ticket.customer_id, { select: ["id", "company_name", "first_name", "last_name", "email"] }),
    req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpChangeRequests({ support_ticket_id: id }, { order: { created_at: "ASC" } }),
  ])
  res.json({
    ticket: { ...ticket, reference: ticketReference(ticket.number) },
    messages: thread,
    customer: { id: customer.id, name: customer.company_name || [customer.first_name, customer.last_name].filter(Boolean).join(" "), email: customer.email },
    erp_requests: erpRequests,
  })
}

/** Assigns the ticket or moves it to another status. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateTicketType>, res: MedusaResponse) {
  const id = req.params.id!
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const current = await support.retrieveSupportTicket(id, { select: ["id", "status", "resolved_at"] })
  const { status, assignee_id } = req.validatedBody
  const now = new Date()
  const { result } = await updateTicketWorkflow(req.scope).run({
    input: {
      id,
      ...(assignee_id !== undefined ? { assignee_id } : {}),
      ...(status && status !== current.status
        ? { status, resolved_at: status === "resolved" ? now : status === "closed" ? (current.resolved_at ?? now) : null, closed_at: status === "closed" ? now : null }
        : {}),
    },
  })
  res.json({ ticket: { ...result, reference: ticketReference(result.number) } })
}
