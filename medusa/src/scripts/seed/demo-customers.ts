import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { hashPortalPassword } from "../../modules/portal-auth/service"

/**
 * Creates one demo customer per segment with a portal login (email or customer number + password); the OrderFlow
 * import adopts them by customer number. Returns how many it added.
 */
export async function seedDemoCustomers(container: MedusaContainer): Promise<number> {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  let added = 0
  for (const demo of DEMO_CUSTOMERS) {
    const [existing] = await customerModule.listCustomers({ email: demo.email, has_account: true })
    if (existing) continue
    const [customer] = await customerModule.createCustomers([
      {
        email: demo.email,
        first_name: demo.firstName,
        last_name: demo.lastName,
        company_name: demo.companyName ?? undefined,
        phone: demo.phone,
        has_account: true,
        metadata: { customer_number: demo.customerNumber, segment: demo.segment },
      },
    ])
    await authModule.createAuthIdentities({
      provider_identities: [{ provider: "portal", entity_id: demo.customerNumber, provider_metadata: { password: await hashPortalPassword(DEMO_CUSTOMER_PASSWORD) } }],
      app_metadata: { customer_id: customer!.id },
    })
    added += 1
  }
  return added
}
