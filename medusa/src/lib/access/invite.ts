import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AccountRole } from "../../modules/customer-access/models/account-membership"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { inviteTeamMemberWorkflow } from "../../workflows/team/invite-team-member"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { portalAccessOf } from "./portal-access"
import { consume } from "./rate-limits"
import { TooManyRequestsError } from "../http/too-many-requests"
import { requestInfo } from "./request-info"
import { accountIdentity } from "./team"

/** Sends an invitation to the signed-in Admin's account, naming them in the email. */
export async function inviteFromPortal(
  req: AuthenticatedMedusaRequest,
  invitation: { email: string; role: AccountRole; locationIds: string[] | null },
  auditAction: "team.invited" | "team.invitation_resent"
) {
  const { customerId, personId } = portalAccessOf(req)
  const until = await consume(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), [["invitationsPerAccount", customerId]])
  if (until) throw new TooManyRequestsError("This account has sent as many invitations as it can today.", until)
  const inviter = await req.scope.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.personById(personId)
  const account = await accountIdentity(req.scope, customerId)
  const { result, errors } = await inviteTeamMemberWorkflow(req.scope).run({
    throwOnError: false,
    input: {
      customerId,
      accountName: account.name,
      customerNumber: account.customerNumber,
      ...invitation,
      invitedBy: personId,
      inviterName: inviter?.full_name || inviter?.email || null,
      auditAction,
      origin: requestInfo(req),
    },
  })
  // The workflow undid the invitation (a link nobody received must not work later): say so plainly.
  if (errors.length) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Inviting ${invitation.email} failed: ${errors.map((error) => String(error.error?.message ?? error.error)).join("; ")}`)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The invitation email could not be sent, so no invitation was made. Please try again in a few minutes.")
  }
  return result
}
