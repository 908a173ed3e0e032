import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { previousMonth } from "@portal/integrations/locale"
import { statementsDueAt } from "../lib/invoices/statements-due"
import { ORDERFLOW_SYNC_MODULE } from "../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../modules/orderflow-sync/service"
import { generateMonthlyStatementsWorkflow } from "../workflows/invoicing/generate-monthly-statements"

/**
 * Last month's statements, on the 1st at 06:00 SAST. It runs every morning: on the 1st it produces the month, and
 * on later days it only catches up what a stopped server or a mail outage missed (nothing is made or sent twice).
 * Only months that fell due while the portal was live: a portal deployed on the 10th does not email every
 * customer last month's statement the next morning; its first statements go out on the 1st.
 */
export default async function monthlyStatementsJob(container: MedusaContainer) {
  const month = previousMonth()
  const liveSince = await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).firstImportedAt()
  if (!liveSince || liveSince > statementsDueAt(month)) return
  const { result } = await generateMonthlyStatementsWorkflow(container).run({ input: month })
  if (result.created.length || result.emailed) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Statements for ${month.period}: ${result.created.length} produced, ${result.emailed} emailed`)
  }
}

export const config = {
  name: "monthly-statements",
  schedule: "0 4 * * *",
}
