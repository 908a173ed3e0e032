import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_ACCESS_MODULE } from "../../src/modules/customer-access"
import type { AccountRole } from "../../src/modules/customer-access/models/account-membership"
import type CustomerAccessModuleService from "../../src/modules/customer-access/service"
import { hashPortalPassword } from "../../src/modules/portal-auth/service"

/**
 * A person with a password login and a role in the account, as accepting an invitation leaves them (the invitation
 * itself is tested in company-accounts.spec). Returns their membership, for the Admin's team routes.
 */
export async function addColleague(container: MedusaContainer, customerId: string, person: { email: string; password: string; role: AccountRole }) {
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "portal", entity_id: person.email, provider_metadata: { password: await hashPortalPassword(person.password) } }],
    app_metadata: { customer_id: customerId },
  })
  const created = await access.team.ensurePerson({ authEntityId: person.email, email: person.email, fullName: null })
  await access.team.grantMemberships(created.id, [customerId], person.role, "test")
  return (await access.team.membership(created.id, customerId))!
}
