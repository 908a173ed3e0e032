import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { passwordProblem } from "@portal/integrations/identity"
import { hashPortalPassword } from "../../../modules/portal-auth/service"
import { CUSTOMER_ACCESS_MODULE } from "../../../modules/customer-access"
import type { InvitationRow, MembershipRow } from "../../../modules/customer-access/repositories/account-team"
import type CustomerAccessModuleService from "../../../modules/customer-access/service"

export interface JoinAccountInput {
  invitation: InvitationRow
  fullName?: string
  password?: string
}

interface JoinUndo {
  invitation: InvitationRow
  personId: string
  /** The membership as it was before (null: this step made it). */
  before: MembershipRow | null
  createdPersonId: string | null
  createdIdentityId: string | null
}

/**
 * Uses up the invitation and gives its email a role in the account. Someone new gets a login (their email, the
 * password they chose) and becomes a person; someone who already has one keeps their password and gains the
 * account. Undone: the membership, and the login and person if this step made them.
 */
export const joinAccountStep = createStep("join-account", async (input: JoinAccountInput, { container }) => {
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const { invitation } = input
  let person = await access.team.personByEmail(invitation.email)
  let createdPersonId: string | null = null
  let createdIdentityId: string | null = null
  if (!person) {
    if (!input.password) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose a password.")
    const problem = passwordProblem(input.password, [invitation.email])
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
      provider_identities: [{ provider: "portal", entity_id: invitation.email, provider_metadata: { password: await hashPortalPassword(input.password) } }],
      app_metadata: { customer_id: invitation.customer_id },
    })
    createdIdentityId = identity.id
    person = await access.team.ensurePerson({ authEntityId: invitation.email, email: invitation.email, fullName: input.fullName ?? null })
    createdPersonId = person.id
  }
  if (!(await access.team.markInvitationAccepted(invitation.id, person.id))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was already used, cancelled or replaced by a newer one.")
  }
  const before = await access.team.membership(person.id, invitation.customer_id)
  if (before) {
    await access.team.updateMembership(before.id, { role: invitation.role, locationIds: invitation.location_ids })
  } else {
    await access.team.grantMemberships(person.id, [invitation.customer_id], invitation.role, invitation.invited_by ?? "invitation", invitation.location_ids)
  }
  const undo: JoinUndo = { invitation, personId: person.id, before, createdPersonId, createdIdentityId }
  return new StepResponse({ personId: person.id, email: person.email, isNewPerson: createdPersonId !== null }, undo)
}, async (undo, { container }) => {
  if (!undo) return
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const joined = await access.team.membership(undo.personId, undo.invitation.customer_id)
  if (joined && undo.before) await access.team.updateMembership(joined.id, { role: undo.before.role, locationIds: undo.before.location_ids })
  else if (joined) await access.team.removeMembership(joined)
  await access.team.reopenInvitation(undo.invitation.id)
  if (undo.createdPersonId) await access.deletePortalPersons([undo.createdPersonId])
  if (undo.createdIdentityId) await container.resolve(Modules.AUTH).deleteAuthIdentities([undo.createdIdentityId])
})
