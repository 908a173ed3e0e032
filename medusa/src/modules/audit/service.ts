import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { AuditEntry, type AuditAction } from "./models/audit-entry"

export interface AuditRecord {
  action: AuditAction
  customer_id?: string | null
  person_id?: string | null
  actor?: string | null
  target_type?: string | null
  target_id?: string | null
  ip?: string | null
  user_agent?: string | null
  details?: Record<string, unknown> | null
}

const appendOnly = (..._args: unknown[]): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The audit trail is append-only: entries cannot be changed or removed")
}

/** The append-only audit trail of customer actions. */
class AuditModuleService extends MedusaService({ AuditEntry }) {
  /** Records one customer action. */
  async record(entry: AuditRecord): Promise<void> {
    await this.createAuditEntries({ ...entry, user_agent: entry.user_agent?.slice(0, 500) ?? null })
  }

  // The generated update and delete methods would only fail at the database trigger; refuse them plainly.
  override updateAuditEntries: (...args: unknown[]) => never = appendOnly
  override deleteAuditEntries: (...args: unknown[]) => never = appendOnly
  override softDeleteAuditEntries: (...args: unknown[]) => never = appendOnly
  override restoreAuditEntries: (...args: unknown[]) => never = appendOnly
}

export default AuditModuleService
