import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_STAFF_PASSWORD, isDemo, loginPassword } from "@portal/integrations/deployment"
import { seedDemoCustomers } from "./seed/demo-customers"
import { seedDemoSso } from "./seed/demo-sso"
import { seedSavedReplies } from "./seed/saved-replies"
import { seedStaffUser } from "./seed/staff-user"
import { seedStore } from "./seed/store"

/**
 * Seeds what the portal needs to run: store, ZAR region with VAT, storefront key, staff login and, for
 * the demo on the stand-in ERP only (PORTAL_DEMO=on), the demo customers with their published password. Every part
 * looks for what it would create first, so running it again creates nothing twice. The catalogue is OrderFlow's:
 * the sync imports its products (the stand-in ERP's product table is the demo's catalogue).
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const store = await seedStore(container)
  logger.info(`Seed: store ready (region ${store.regionId}, sales channel ${store.salesChannelId})`)
  await seedStaffUser(container, {
    email: process.env.MEDUSA_ADMIN_EMAIL || "admin@wholesale.example",
    password: loginPassword("MEDUSA_ADMIN_PASSWORD", DEMO_STAFF_PASSWORD),
  })
  const replies = await seedSavedReplies(container)
  if (replies) logger.info(`Seed: ${replies} saved replies for support`)
  if (!isDemo()) return logger.info("Seed: no demo customers (a real OrderFlow's customers activate their own accounts)")
  const customers = await seedDemoCustomers(container)
  logger.info(`Seed: demo customers ready (${customers} added)`)
  if (await seedDemoSso(container)) logger.info("Seed: the demo company's single sign-on is set up")
}
