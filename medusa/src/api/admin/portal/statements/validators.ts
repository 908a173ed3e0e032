import { z } from "@medusajs/framework/zod"

export const AdminRunStatements = z
  .object({
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Period is a month like 2026-10.")
      .optional(),
  })
  .strict()
export type AdminRunStatementsType = z.infer<typeof AdminRunStatements>
