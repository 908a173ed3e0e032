import { z } from "@medusajs/framework/zod"

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), { message: "must be a date, such as 2026-11-21" })

/** Query of GET /admin/audit-entries: who, what, and when, newest first. */
export const AdminListAuditEntries = z
  .object({
    customer_id: z.string().min(1).optional(),
    action: z.string().min(1).optional(),
    /** Matches the actor (email or customer number) or the target id, case-insensitively. */
    q: z.string().trim().min(1).max(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((query) => !query.from || !query.to || Date.parse(query.from) <= Date.parse(query.to), { message: "from must not be after to", path: ["from"] })

export type AdminListAuditEntriesType = z.infer<typeof AdminListAuditEntries>
