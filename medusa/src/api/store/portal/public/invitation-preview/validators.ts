import { z } from "@medusajs/framework/zod"

const token = z.string().trim().min(1, "The link has no invitation in it. Open it again from your email.").max(200)

export const StoreInvitationPreview = z.object({ token }).strict()
export type StoreInvitationPreviewType = z.infer<typeof StoreInvitationPreview>

export const StoreAcceptInvitation = z
  .object({
    token,
    full_name: z.string().trim().min(1, "Enter your name.").max(120).optional(),
    password: z.string().max(200).optional(),
  })
  .strict()
export type StoreAcceptInvitationType = z.infer<typeof StoreAcceptInvitation>
