import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TOPICS_VISIBLE_TO } from "@portal/integrations/support"
import type { TicketViewer } from "../../modules/support/repositories/ticket-queries"
import type { MembershipRow } from "../../modules/customer-access/repositories/account-team"
import { erpAddressIds, orderNumbersInScope, orderScope, wholeAccount } from "../access/order-scope"
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

/** The same, for a person of the account known by their membership (an email they sent, not a session). */
export async function memberViewer(container: MedusaContainer, customerId: string, member: Pick<MembershipRow, "person_id" | "role" | "location_ids">): Promise<TicketViewer> {
  const scope = member.location_ids === null ? wholeAccount(customerId) : { customerId, deliveredTo: await erpAddressIds(container, customerId, member.location_ids) }
  return { customerId, personId: member.person_id, topics: TOPICS_VISIBLE_TO[member.role], orderNos: await orderNumbersInScope(container, scope) }
}
