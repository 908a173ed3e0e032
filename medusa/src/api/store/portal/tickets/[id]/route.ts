import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { visibleTicketId } from "../../../../../lib/support/guards"
import { portalTicket } from "../../../../../lib/support/portal-ticket"

/** One ticket and its thread (no internal notes), when the person may read it; anyone else's is "not found". */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ticketId = await visibleTicketId(req)
  res.json({ ticket: await portalTicket(req.scope, ticketId, req.auth_context.actor_id) })
}
