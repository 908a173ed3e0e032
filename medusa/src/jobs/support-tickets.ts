import type { MedusaContainer } from "@medusajs/framework/types"
import { REOPEN_WINDOW_DAYS } from "@portal/integrations/support"
import { SUPPORT_MODULE } from "../modules/support"
import type SupportModuleService from "../modules/support/service"

/** Resolved tickets nobody reopened within the window become closed. */
export default async function supportTicketsJob(container: MedusaContainer) {
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).queries.closeResolvedBefore(new Date(Date.now() - REOPEN_WINDOW_DAYS * 86_400_000))
}

export const config = { name: "support-tickets", schedule: "17 * * * *" }
