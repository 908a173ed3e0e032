import { z } from "@medusajs/framework/zod"

export const StoreStartSession = z
  .object({
    /** What the customer typed to sign in (email or customer number), kept in the audit trail. */
    identifier: z.string().trim().max(254).optional(),
  })
  .strict()
export type StoreStartSessionType = z.infer<typeof StoreStartSession>
