import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import type { AdminTicketReportType } from "../validators"

/** Tickets per week by category, median hours to a first answer and to resolution, and satisfaction. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminTicketReportType>, res: MedusaResponse) {
  res.json({ report: await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).queries.report(req.validatedQuery.weeks) })
}
