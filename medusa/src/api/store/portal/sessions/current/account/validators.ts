import { z } from "@medusajs/framework/zod"

export const StoreSwitchAccount = z.object({ customer_id: z.string().trim().min(1, "Choose an account.").max(100) }).strict()
export type StoreSwitchAccountType = z.infer<typeof StoreSwitchAccount>
