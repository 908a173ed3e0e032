import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"
import type { AdminListAuditEntriesType } from "./validators"

/** GET /admin/audit-entries: staff search the customer audit trail, newest first. */
export const GET = async (req: MedusaRequest<unknown, AdminListAuditEntriesType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminListAuditEntriesType
  const filters: Record<string, unknown> = {}
  if (query.customer_id) filters.customer_id = query.customer_id
  if (query.action) filters.action = query.action
  if (query.q) filters.$or = [{ actor: { $ilike: `%${query.q}%` } }, { target_id: { $ilike: `%${query.q}%` } }]
  if (query.from || query.to) filters.created_at = { ...(query.from ? { $gte: new Date(query.from) } : {}), ...(query.to ? { $lte: new Date(query.to) } : {}) }

  const audit = req.scope.resolve<AuditModuleService>(AUDIT_MODULE)
  const [entries, count] = await audit.listAndCountAuditEntries(filters, { order: { created_at: "DESC" }, take: query.limit, skip: query.offset })
  res.json({ audit_entries: entries, count, limit: query.limit, offset: query.offset })
}
