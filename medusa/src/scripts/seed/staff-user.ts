import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

/** Creates the staff login for the Medusa admin once, the way `medusa user` does. */
export async function seedStaffUser(container: MedusaContainer, login: { email: string; password: string }): Promise<void> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email: login.email })
  if (existing) return

  const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email: login.email, first_name: "Portal", last_name: "Staff" }] } })
  const user = result[0]!
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email: login.email, password: login.password } })
  if (error || !authIdentity) throw new Error(`Could not create the staff login ${login.email}: ${error}`)
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
}
