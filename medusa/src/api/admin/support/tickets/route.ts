import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketReference } from "@portal/integrations/support"
import { supportSettings } from "../../../../lib/support/settings"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import type { AdminListTicketsType } from "../validators"

/** The support inbox: filtered, the customer who has waited longest first, each with its age against the target. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListTicketsType>, res: MedusaResponse) {
  const { rows, count } = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).queries.inbox(req.validatedQuery)
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
