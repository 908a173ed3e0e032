import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { AUDIT_MODULE } from "../../../../modules/audit"
import type AuditModuleService from "../../../../modules/audit/service"

/**
 * The signed-in person's recent sign-ins, sign-outs and password changes in this account, and the failed attempts
 * on it (Security page). A colleague's sign-ins (their address and browser) are theirs, not shown here.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { customerId, personId } = portalAccessOf(req)
  const entries = await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries(
    {
      customer_id: customerId,
      action: ["auth.sign_in", "auth.sign_in_failed", "auth.sign_out", "auth.timeout", "auth.reset_completed", "auth.activated"],
      $or: [{ person_id: personId }, { person_id: null }],
    },
    { select: ["id", "action", "ip", "user_agent", "created_at", "details"], order: { created_at: "DESC" }, take: 20 }
  )
  res.json({ sign_ins: entries })
}
