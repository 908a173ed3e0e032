import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkInvitationLink } from "../../../../../lib/access/invitation-link"
import { requestInfo } from "../../../../../lib/access/request-info"
import { connectionForEmail } from "../../../../../lib/sso/sign-in"
import { acceptTeamInvitationWorkflow } from "../../../../../workflows/team/accept-team-invitation"
import type { StoreAcceptInvitationType } from "./validators"

/**
 * Accepts an invitation: someone new chooses their name and password (their email is their login); someone who
 * already signs in to the portal just gains the account. Then they sign in as usual. Where the email's company
 * requires single sign-on, nobody new chooses a password: they sign in there first (the storefront then accepts).
 */
export async function POST(req: MedusaRequest<StoreAcceptInvitationType>, res: MedusaResponse) {
  const { token, full_name: fullName, password } = req.validatedBody
  const check = await checkInvitationLink(req.scope, token)
  if (!check.ok) return res.status(check.status).json({ type: check.type, message: check.message })
  if (!check.hasLogin && (await connectionForEmail(req.scope, check.invitation.email))?.require_sso) {
    return res.status(400).json({ type: "invalid_data", code: "sso_required", message: "Your company signs in through its own sign-in service: choose Continue with single sign-on to join." })
  }
  if (!check.hasLogin && !password) return res.status(400).json({ type: "invalid_data", message: "Choose a password for your new login." })
  const { result } = await acceptTeamInvitationWorkflow(req.scope).run({ input: { invitation: check.invitation, fullName, password, origin: requestInfo(req) } })
  res.status(201).json({
    email: result.email,
    new_login: result.isNewPerson,
    message: result.isNewPerson ? "Welcome! Sign in with your email and the password you chose." : "The account is added to your login. Sign in as usual and switch to it from the header.",
  })
}
