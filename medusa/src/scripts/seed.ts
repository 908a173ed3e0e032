import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedCatalogue } from "./seed/catalogue"
import { seedDemoCustomers } from "./seed/demo-customers"
import { seedStaffUser } from "./seed/staff-user"
import { seedStore } from "./seed/store"

/**
 * Seeds what the portal needs to run: store, ZAR region with VAT, storefront key, catalogue, staff login and
 * demo customers. Every part looks for what it would create first, so running it again creates nothing twice.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const store = await seedStore(container)
  logger.info(`Seed: store ready (region ${store.regionId}, sales channel ${store.salesChannelId})`)
  const created = await seedCatalogue(container, store)
  logger.info(`Seed: catalogue ready (${created} products added)`)
  await seedStaffUser(container, {
    email: process.env.MEDUSA_ADMIN_EMAIL || "admin@wholesale.example",
    password: process.env.MEDUSA_ADMIN_PASSWORD || "staff-demo-2026",
  })
  const customers = await seedDemoCustomers(container)
  logger.info(`Seed: demo customers ready (${customers} added)`)
}
