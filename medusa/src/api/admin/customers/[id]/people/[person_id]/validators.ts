import { z } from "@medusajs/framework/zod"
import { ACCOUNT_ROLES } from "../../../../../../lib/access/roles"

/** Staff disable or enable a person, or change their role in this account (one or both). */
export const AdminSetPersonStatus = z
  .object({
    status: z.enum(["active", "disabled"], { message: "Choose active or disabled." }).optional(),
    role: z.enum(ACCOUNT_ROLES, { message: "Choose Admin, Buyer, Accounts or Viewer." }).optional(),
  })
  .strict()
  .refine((body) => body.status !== undefined || body.role !== undefined, { message: "Send a status or a role to change." })
export type AdminSetPersonStatusType = z.infer<typeof AdminSetPersonStatus>
