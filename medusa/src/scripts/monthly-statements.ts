import type { ExecArgs } from "@medusajs/framework/types"
import { previousMonth } from "@portal/integrations/locale"
import { generateMonthlyStatementsWorkflow } from "../workflows/invoicing/generate-monthly-statements"

/**
 * Produces and emails last month's statements now, as the job does on the 1st (the demo's first start runs it, so
 * last month's statement is waiting in every demo customer's inbox). Nothing is made or sent twice.
 */
export default async function monthlyStatements({ container, args }: ExecArgs) {
  const month = previousMonth(args[0])
  const { result } = await generateMonthlyStatementsWorkflow(container).run({ input: month })
  console.log(`Statements for ${month.period}: ${result.created.length} produced, ${result.emailed} emailed`)
}
