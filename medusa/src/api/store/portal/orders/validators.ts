import { z } from "@medusajs/framework/zod"

const day = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-03-31.`)
    // JavaScript rolls 2026-02-30 over to March; PostgreSQL refuses it. Only days that exist pass.
    .refine((value) => {
      const parsed = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
    }, `${label} is not a real date.`)
    .optional()

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
