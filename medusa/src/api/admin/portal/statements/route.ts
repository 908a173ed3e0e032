import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { johannesburgDay, monthRange, previousMonth } from "@portal/integrations/locale"
import { generateMonthlyStatementsWorkflow } from "../../../../workflows/invoicing/generate-monthly-statements"
import type { AdminRunStatementsType } from "./validators"

/**
 * Runs the monthly statements now, for last month or a given past month: what the job does on the 1st. Statements
 * that exist are not made or sent again.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRunStatementsType>, res: MedusaResponse) {
  const month = req.validatedBody.period ? monthRange(req.validatedBody.period) : previousMonth()
  if (month.to >= johannesburgDay()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Statements are made for months that have ended.")
  const { result } = await generateMonthlyStatementsWorkflow(req.scope).run({ input: month })
  res.json({ period: month.period, created: result.created.length, emailed: result.emailed })
}

