import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { previousMonth } from "@portal/integrations/locale"
import { generateMonthlyStatementsWorkflow } from "../workflows/invoicing/generate-monthly-statements"

/**
 * Last month's statements, on the 1st at 06:00 SAST. It runs every morning: on the 1st it produces the month, and
 * on later days it only catches up what a stopped server or a mail outage missed (nothing is made or sent twice).
 */
export default async function monthlyStatementsJob(container: MedusaContainer) {
  const month = previousMonth()
  const { result } = await generateMonthlyStatementsWorkflow(container).run({ input: month })
  if (result.created.length || result.emailed) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Statements for ${month.period}: ${result.created.length} produced, ${result.emailed} emailed`)
  }
}

export const config = {
  name: "monthly-statements",
  schedule: "0 4 * * *",
}
