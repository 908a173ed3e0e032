import { z } from "@medusajs/framework/zod"
import { calendarDay } from "../../../../lib/validation/dates"

const day = (label: string) => calendarDay(label).optional()

export const StoreListPortalOrders = z
  .object({
    q: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
    status: z.enum(["all", "active", "delivered", "cancelled", "drafts"], { error: "Status is one of all, active, delivered, cancelled or drafts." }).default("all"),
    from: day("From"),
    to: day("To"),
    sort: z.enum(["date", "total"], { error: "Sort by date or total." }).default("date"),
    order: z.enum(["asc", "desc"], { error: "Order is asc or desc." }).default("desc"),
    limit: z.coerce.number().int().min(1).max(100, "Show at most 100 orders a page.").default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "From must be on or before To.", path: ["from"] })
export type StoreListPortalOrdersType = z.infer<typeof StoreListPortalOrders>
