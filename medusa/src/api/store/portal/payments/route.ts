import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"
import type { StoreListPortalPaymentsType } from "./validators"

/** The customer's payments, newest first, each with its allocations; reversed payments and their reversals linked. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListPortalPaymentsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  res.json({ ...(await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).listCustomerPayments(req.auth_context.actor_id, { limit, offset })), limit, offset })
}
