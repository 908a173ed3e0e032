import type { MedusaRequest } from "@medusajs/framework/http"
import { TOPICS_VISIBLE_TO } from "@portal/integrations/support"
import type { TicketViewer } from "../../modules/support/repositories/ticket-queries"
import { orderNumbersInScope, orderScope } from "../access/order-scope"
import { portalAccessOf } from "../access/portal-access"

/**
 * Who is reading tickets: the session's account and person, the topics their role reads besides their own tickets
 * (Buyers order tickets, Accounts invoice tickets, Admins all), within their locations' orders.
 */
export async function ticketViewer(req: MedusaRequest): Promise<TicketViewer> {
  const { customerId, personId, role } = portalAccessOf(req)
  const scope = await orderScope(req)
  return { customerId, personId, topics: TOPICS_VISIBLE_TO[role], orderNos: await orderNumbersInScope(req.scope, scope) }
}
