import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../../modules/audit"
import type AuditModuleService from "../../../../modules/audit/service"

/** The signed-in customer's recent sign-ins, sign-outs and failed attempts on their account (Security page). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const entries = await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries(
    { customer_id: req.auth_context.actor_id, action: ["auth.sign_in", "auth.sign_in_failed", "auth.sign_out", "auth.timeout", "auth.reset_completed", "auth.activated"] },
    { select: ["id", "action", "ip", "user_agent", "created_at", "details"], order: { created_at: "DESC" }, take: 20 }
  )
  res.json({ sign_ins: entries })
}
