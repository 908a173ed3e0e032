import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketReference } from "@portal/integrations/support"
import { supportSettings } from "../../../../lib/support/settings"
import { ORDERFLOW_SYNC_MODULE } from "../../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../../modules/orderflow-sync/service"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import type { AdminListTicketsType } from "../validators"

/** The support inbox: filtered, the customer who has waited longest first, each with its age against the target. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListTicketsType>, res: MedusaResponse) {
  const { order_id: orderId, ...filters } = req.validatedQuery
  if (orderId) {
    const [erpOrder] = await req.scope.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpOrders({ order_id: orderId }, { select: ["ord_no"] })
    // An order OrderFlow does not know (a reorder not yet entered) has no tickets.
    filters.order_no = erpOrder?.ord_no ?? -1
  }
  const { rows, count } = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).queries.inbox(filters)
  const now = Date.now()
  res.json({
    tickets: rows.map((row) => ({
      ...row,
      reference: ticketReference(row.number),
      waiting_hours: row.last_message_from === "customer" ? Math.round(((now - new Date(row.last_customer_message_at).getTime()) / 3_600_000) * 10) / 10 : null,
    })),
    count,
    limit: req.validatedQuery.limit,
    offset: req.validatedQuery.offset,
    response_target_hours: supportSettings().responseTargetHours,
  })
}
