import { z } from "@medusajs/framework/zod"

export const AdminListReorders = z
  .object({
    status: z.enum(["awaiting_entry", "entered"], { error: "Status is awaiting_entry or entered." }).default("awaiting_entry"),
  })
  .strict()

export type AdminListReordersType = z.infer<typeof AdminListReorders>
