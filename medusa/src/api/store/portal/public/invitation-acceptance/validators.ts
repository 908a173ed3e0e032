import { z } from "@medusajs/framework/zod"
import { invitationToken } from "../invitation-preview/validators"

export const StoreAcceptInvitation = z
  .object({
    token: invitationToken,
    full_name: z.string().trim().min(1, "Enter your name.").max(120).optional(),
    password: z.string().max(200).optional(),
  })
  .strict()
export type StoreAcceptInvitationType = z.infer<typeof StoreAcceptInvitation>
