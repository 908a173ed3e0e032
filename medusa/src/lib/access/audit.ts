import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../modules/audit"
import type AuditModuleService from "../../modules/audit/service"
import type { AuditRecord } from "../../modules/audit/service"
import { findPortalAccess } from "./portal-access"
import { requestInfo } from "./request-info"

/** Writes what the signed-in person did in the session's account to the audit trail, with their address and browser. */
export function auditCustomerAction(req: AuthenticatedMedusaRequest, entry: Omit<AuditRecord, "customer_id" | "ip" | "user_agent">): Promise<void> {
  const personId = findPortalAccess(req)?.personId ?? null
  return req.scope
    .resolve<AuditModuleService>(AUDIT_MODULE)
    .record({ ...entry, customer_id: req.auth_context.actor_id, person_id: personId, ...requestInfo(req) })
}
