import { z } from "@medusajs/framework/zod"

export const AdminSetPersonStatus = z.object({ status: z.enum(["active", "disabled"], { message: "Choose active or disabled." }) }).strict()
export type AdminSetPersonStatusType = z.infer<typeof AdminSetPersonStatus>
