import { z } from "@medusajs/framework/zod"
import { ACCOUNT_ROLES } from "../../../../modules/customer-access/models/account-membership"

const role = z.enum(ACCOUNT_ROLES, { message: "Choose a role: admin, buyer, accounts or viewer." })
const locations = z.array(z.string().trim().min(1).max(100)).max(200).nullable().optional()

export const StoreInviteTeamMember = z
  .object({
    email: z.string().trim().toLowerCase().max(254).email("Enter the colleague's email address."),
    role,
    location_ids: locations,
  })
  .strict()
export type StoreInviteTeamMemberType = z.infer<typeof StoreInviteTeamMember>

export const StoreUpdateTeamMember = z.object({ role, location_ids: locations }).strict()
export type StoreUpdateTeamMemberType = z.infer<typeof StoreUpdateTeamMember>
