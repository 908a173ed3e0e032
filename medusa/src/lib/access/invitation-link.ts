import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type { InvitationRow } from "../../modules/customer-access/repositories/account-team"
import type CustomerAccessModuleService from "../../modules/customer-access/service"

export type InvitationLinkCheck =
  | { ok: true; invitation: InvitationRow; hasLogin: boolean }
  | { ok: false; status: 400 | 410; type: "invalid_data" | "link_gone"; message: string }

/** What an invitation link's token names, and whether it still works (once, within 72 hours, unless replaced). */
export async function checkInvitationLink(container: MedusaContainer, token: string): Promise<InvitationLinkCheck> {
  const { team } = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const invitation = await team.invitationByTokenHash(createHash("sha256").update(token).digest("hex"))
  if (!invitation) return { ok: false, status: 400, type: "invalid_data", message: "This invitation link is not valid. Open it again from your email." }
  if (invitation.accepted_at) return { ok: false, status: 410, type: "link_gone", message: "This invitation was already accepted. Sign in to use the account." }
  if (invitation.cancelled_at) {
    return { ok: false, status: 410, type: "link_gone", message: "This invitation was cancelled or replaced by a newer one. Ask the account's Admin for a new one." }
  }
  if (invitation.expired) return { ok: false, status: 410, type: "link_gone", message: "This invitation has expired (they work for 72 hours). Ask the account's Admin to send it again." }
  return { ok: true, invitation, hasLogin: Boolean(await team.personByEmail(invitation.email)) }
}
