import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"
import type { AuditRecord } from "../../../modules/audit/service"

/** Where a request came from, as the audit trail records it (lib/access/request-info's requestInfo). */
export interface RequestOrigin {
  ip: string | null
  user_agent: string | null
}

/**
 * Writes what a workflow did to the audit trail, as its last step: an entry exists only for work that happened.
 * Nothing to undo: nothing runs after it, and the trail is append-only (a trigger refuses deletes).
 */
export const recordAuditEntryStep = createStep("record-audit-entry", async (entry: AuditRecord | null, { container }) => {
  if (entry) await container.resolve<AuditModuleService>(AUDIT_MODULE).record(entry)
  return new StepResponse(null)
})
