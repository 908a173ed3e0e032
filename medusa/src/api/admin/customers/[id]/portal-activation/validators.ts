import { z } from "@medusajs/framework/zod"

export const AdminSendPortalActivation = z
  .object({
    /** A corrected address: saved as the customer's email before the link goes out. */
    email: z.string({ error: "Enter an email address." }).trim().toLowerCase().email("Enter a valid email address.").max(254).optional(),
  })
  .strict()
export type AdminSendPortalActivationType = z.infer<typeof AdminSendPortalActivation>
