import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { accountContactEmail } from "../../../lib/access/people"
import type { SsoSignInFacts } from "../../../lib/sso/provider-input"
import { CUSTOMER_ACCESS_MODULE } from "../../../modules/customer-access"
import type { AccountRole } from "../../../modules/customer-access/models/account-membership"
import type { MembershipRow } from "../../../modules/customer-access/repositories/account-team"
import type { SsoConnectionRow } from "../../../modules/customer-access/repositories/sso-connections"
import type CustomerAccessModuleService from "../../../modules/customer-access/service"

export interface ProvisionSsoMemberInput {
  connection: SsoConnectionRow
  facts: SsoSignInFacts
  /** The SSO identity's entity id (`<connection id>:<sub>`): the login of a person this creates. */
  authEntityId: string
}

export interface ProvisionedSsoMember {
  personId: string
  login: string
  email: string
  role: AccountRole
  /** What changed: a new person, a new membership, or a role the groups mapping changed. */
  change: "new_person" | "joined" | "role_mapped" | null
  previousRole: AccountRole | null
}

interface ProvisionUndo {
  createdPersonId: string | null
  /** The membership this step made or changed, and how it was before (null: this step made it). */
  membership: Pick<MembershipRow, "id" | "person_id" | "customer_id"> | null
  membershipBefore: MembershipRow | null
}

/** The role the person's groups map to: the first line of the mapping whose group they are in. */
export function mappedRole(connection: Pick<SsoConnectionRow, "group_roles">, groups: string[]): AccountRole | null {
  return connection.group_roles.find((line) => groups.includes(line.group))?.role ?? null
}

/**
 * Just-in-time access for a verified email of the connection's domains: the person (found by email, or created
 * with the SSO login) gets a role in the connection's account: Admin for the account's own contact email (as its
 * first sign-in by password would make them), else the mapped one or the default. On later sign-ins a
 * mapped group keeps the role in step with the identity provider, and without one the role staff or an Admin gave
 * stays, and the account's last Admin stays Admin. A disabled person is refused. Undone: the membership change, and the person if this step made them.
 */
export const provisionSsoMemberStep = createStep("provision-sso-member", async (input: ProvisionSsoMemberInput, { container }) => {
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const { connection, facts } = input
  let person = await access.team.personByEmail(facts.email)
  if (person?.status === "disabled") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Your portal access is disabled. Please contact the account's Admin or our customer service team.")
  }
  let createdPersonId: string | null = null
  if (!person) {
    person = await access.team.ensurePerson({ authEntityId: input.authEntityId, email: facts.email, fullName: facts.name })
    createdPersonId = person.id
  }
  const mapped = mappedRole(connection, facts.groups)
  const before = await access.team.membership(person.id, connection.customer_id)
  let role: AccountRole
  let change: ProvisionedSsoMember["change"] = createdPersonId ? "new_person" : null
  let membershipId: string | null = null
  if (!before) {
    const isAccountContact = (await accountContactEmail(container, connection.customer_id)) === facts.email
    role = isAccountContact ? "admin" : (mapped ?? connection.default_role)
    await access.team.grantMemberships(person.id, [connection.customer_id], role, `sso:${connection.id}`)
    membershipId = (await access.team.membership(person.id, connection.customer_id))?.id ?? null
    change ??= "joined"
  } else if (mapped && mapped !== before.role && !(before.role === "admin" && (await access.team.countAdmins(connection.customer_id)) <= 1)) {
    // (A mapping never takes the account's last Admin away: the company would lose its Team page.)
    role = mapped
    await access.team.updateMembership(before.id, { role, locationIds: before.location_ids })
    membershipId = before.id
    change ??= "role_mapped"
  } else {
    role = before.role
  }
  const result: ProvisionedSsoMember = { personId: person.id, login: person.auth_entity_id, email: person.email, role, change, previousRole: before?.role ?? null }
  const undo: ProvisionUndo = {
    createdPersonId,
    membership: membershipId ? { id: membershipId, person_id: person.id, customer_id: connection.customer_id } : null,
    membershipBefore: membershipId ? before : null,
  }
  return new StepResponse(result, undo)
}, async (undo, { container }) => {
  if (!undo) return
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  if (undo.membership && undo.membershipBefore) {
    await access.team.updateMembership(undo.membership.id, { role: undo.membershipBefore.role, locationIds: undo.membershipBefore.location_ids })
  } else if (undo.membership) {
    await access.team.removeMembership(undo.membership)
  }
  if (undo.createdPersonId) await access.deletePortalPersons([undo.createdPersonId])
})
