import { z } from "@medusajs/framework/zod"

export const StoreSubmitReorder = z
  .object({
    cart_id: z.string({ error: "Say which cart to submit." }).trim().min(1, "Say which cart to submit.").max(64),
    po_ref: z.string().trim().max(30, "A PO reference has at most 30 characters.").optional(),
    notes: z.string().trim().max(500, "Notes have at most 500 characters.").optional(),
  })
  .strict()

export type StoreSubmitReorderType = z.infer<typeof StoreSubmitReorder>
