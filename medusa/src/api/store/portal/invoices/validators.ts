import { z } from "@medusajs/framework/zod"
import { calendarDay } from "../../../../lib/validation/dates"

const day = (label: string) => calendarDay(label).optional()

export const StoreListPortalInvoices = z
  .object({
    q: z.string().trim().max(40, "Search for at most 40 characters.").optional(),
    status: z.enum(["all", "open", "paid", "pending", "overdue"], { error: "Status is one of all, open, paid, pending or overdue." }).default("all"),
    type: z.enum(["all", "invoice", "credit_note"], { error: "Type is all, invoice or credit_note." }).default("all"),
    include_void: z.enum(["true", "false"], { error: "include_void is true or false." }).default("false").transform((value) => value === "true"),
    from: day("From"),
    to: day("To"),
    limit: z.coerce.number().int().min(1).max(100, "Show at most 100 documents a page.").default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "From must be on or before To.", path: ["from"] })
export type StoreListPortalInvoicesType = z.infer<typeof StoreListPortalInvoices>
