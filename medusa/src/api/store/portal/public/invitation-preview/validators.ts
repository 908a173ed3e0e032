import { z } from "@medusajs/framework/zod"

export const invitationToken = z.string().trim().min(1, "The link has no invitation in it. Open it again from your email.").max(200)

export const StoreInvitationPreview = z.object({ token: invitationToken }).strict()
export type StoreInvitationPreviewType = z.infer<typeof StoreInvitationPreview>
