import { z } from "@medusajs/framework/zod"

export const StoreListPortalPayments = z
  .object({
    limit: z.coerce.number().int().min(1).max(100, "Show at most 100 payments a page.").default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type StoreListPortalPaymentsType = z.infer<typeof StoreListPortalPayments>
