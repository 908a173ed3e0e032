import { z } from "@medusajs/framework/zod"

export const StoreRequestActivation = z
  .object({ identifier: z.string({ error: "Enter your email or customer number." }).trim().min(1, "Enter your email or customer number.").max(254) })
  .strict()
export type StoreRequestActivationType = z.infer<typeof StoreRequestActivation>
