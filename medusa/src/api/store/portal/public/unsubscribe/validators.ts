import { z } from "@medusajs/framework/zod"

export const StoreUnsubscribe = z
  .object({
    token: z.string({ message: "The unsubscribe link is incomplete: open it from the email again." }).trim().min(20, "The unsubscribe link is incomplete: open it from the email again.").max(2_000),
    /** false: only say what the link would turn off (the page asks before it does). */
    confirm: z.boolean().default(true),
  })
  .strict()
export type StoreUnsubscribeType = z.infer<typeof StoreUnsubscribe>
