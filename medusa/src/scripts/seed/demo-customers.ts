import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"

/** Creates one demo customer per segment with an email/password login; returns how many it added. */
export async function seedDemoCustomers(container: MedusaContainer): Promise<number> {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  let added = 0
  for (const demo of DEMO_CUSTOMERS) {
    const [existing] = await customerModule.listCustomers({ email: demo.email, has_account: true })
    if (existing) continue
    const { authIdentity, error } = await authModule.register("emailpass", { body: { email: demo.email, password: DEMO_CUSTOMER_PASSWORD } })
    if (error || !authIdentity) throw new Error(`Could not create the login for ${demo.email}: ${error}`)
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: authIdentity.id,
        customerData: {
          email: demo.email,
          first_name: demo.firstName,
          last_name: demo.lastName,
          company_name: demo.companyName ?? undefined,
          phone: demo.phone,
          metadata: { customer_number: demo.customerNumber, segment: demo.segment },
        },
      },
    })
    added += 1
  }
  return added
}
