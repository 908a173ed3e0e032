import { z } from "@medusajs/framework/zod"

export const AdminListCustomerNotifications = z
  .object({
    channel: z.enum(["email", "feed"], { message: "Choose email or feed." }).optional(),
    status: z.enum(["pending", "success", "failure"], { message: "Choose pending, success or failure." }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminListCustomerNotificationsType = z.infer<typeof AdminListCustomerNotifications>
