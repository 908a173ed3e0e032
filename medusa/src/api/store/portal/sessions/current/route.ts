import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bearerToken, requestInfo } from "../../../../../lib/access/request-info"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../../../modules/customer-access"
import type CustomerAccessModuleService from "../../../../../modules/customer-access/service"

/** Signs out: ends the session in the backend, so the token is worthless from now on, wherever it is. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ended = await req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).endSession(bearerToken(req)!, "signed_out")
  if (ended) {
    await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record({ action: "auth.sign_out", customer_id: ended.customer_id, person_id: ended.person_id, ...requestInfo(req) })
  }
  res.status(200).json({ id: ended?.id ?? null, object: "session", deleted: true })
}
