import { z } from "@medusajs/framework/zod"

export const StoreSetPassword = z
  .object({
    token: z.string({ error: "The link is incomplete. Open it again from your email." }).min(20, "The link is incomplete. Open it again from your email.").max(4000),
    password: z.string({ error: "Choose a password." }).min(1, "Choose a password.").max(200, "Use at most 200 characters."),
  })
  .strict()
export type StoreSetPasswordType = z.infer<typeof StoreSetPassword>
