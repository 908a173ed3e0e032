import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkInvitationLink } from "../../../../../lib/access/invitation-link"
import { ROLE_LABELS } from "../../../../../lib/access/roles"
import { accountIdentity } from "../../../../../lib/access/team"
import { connectionForEmail } from "../../../../../lib/sso/sign-in"
import type { StoreInvitationPreviewType } from "./validators"

/**
 * What the join page shows before accepting: the account, the role, whether the email already has a login, and
 * whether its domain signs in through a company's identity provider (then no password is chosen here).
 */
export async function POST(req: MedusaRequest<StoreInvitationPreviewType>, res: MedusaResponse) {
  const check = await checkInvitationLink(req.scope, req.validatedBody.token)
  if (!check.ok) return res.status(check.status).json({ type: check.type, message: check.message })
  const [account, connection] = await Promise.all([accountIdentity(req.scope, check.invitation.customer_id), connectionForEmail(req.scope, check.invitation.email)])
  res.json({
    invitation: {
      email: check.invitation.email,
      role: check.invitation.role,
      role_label: ROLE_LABELS[check.invitation.role],
      account_name: account.name,
      expires_at: check.invitation.expires_at,
      has_login: check.hasLogin,
      sso: connection ? { display_name: connection.display_name, required: connection.require_sso } : null,
    },
  })
}
