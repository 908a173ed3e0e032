import { z } from "@medusajs/framework/zod"

export const AdminListErpChangeRequests = z
  .object({
    status: z.enum(["pending", "done"], { error: "status is pending or done." }).optional(),
    customer_id: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200, "limit can be at most 200.").default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListErpChangeRequestsType = z.infer<typeof AdminListErpChangeRequests>
