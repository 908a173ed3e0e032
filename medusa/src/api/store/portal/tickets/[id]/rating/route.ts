import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { auditCustomerAction } from "../../../../../../lib/access/audit"
import { visibleTicketId } from "../../../../../../lib/support/guards"
import { portalTicket } from "../../../../../../lib/support/portal-ticket"
import { SUPPORT_MODULE } from "../../../../../../modules/support"
import type SupportModuleService from "../../../../../../modules/support/service"
import { updateTicketWorkflow } from "../../../../../../workflows/support/update-ticket"
import type { StoreRateTicketType } from "../../validators"

/** One click on a resolved (or closed) ticket: were we good? A second click changes the answer. */
export async function POST(req: AuthenticatedMedusaRequest<StoreRateTicketType>, res: MedusaResponse) {
  const ticketId = await visibleTicketId(req)
  const ticket = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).retrieveSupportTicket(ticketId, { select: ["id", "status"] })
  if (ticket.status !== "resolved" && ticket.status !== "closed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You can rate a question once we have resolved it.")
  }
  await updateTicketWorkflow(req.scope).run({ input: { id: ticketId, rating: req.validatedBody.rating, rated_at: new Date() } })
  await auditCustomerAction(req, { action: "ticket.rated", target_type: "support_ticket", target_id: ticketId, details: { rating: req.validatedBody.rating } })
  res.json({ ticket: await portalTicket(req.scope, ticketId, req.auth_context.actor_id) })
}
