import { z } from "@medusajs/framework/zod"

export const StoreSignInMethod = z.object({ identifier: z.string().trim().min(1, "Enter your email address or customer number.").max(254) }).strict()
export type StoreSignInMethodType = z.infer<typeof StoreSignInMethod>
