import { z } from "@medusajs/framework/zod"

export const StoreReorder = z
  .object({
    line_nos: z
      .array(z.number({ error: "Line numbers are whole numbers." }).int("Line numbers are whole numbers.").positive("Line numbers start at 1."))
      .max(500, "Choose at most 500 lines.")
      .optional(),
  })
  .strict()

export type StoreReorderType = z.infer<typeof StoreReorder>
