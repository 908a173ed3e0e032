import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { createMonthlyStatementsStep, type MonthlyStatementPeriod } from "./steps/create-monthly-statements"
import { emailMonthlyStatementsStep } from "./steps/email-monthly-statements"

/** Produces, stores and emails every active customer's statement for one month; safe to run again. */
export const generateMonthlyStatementsWorkflow = createWorkflow("generate-monthly-statements", (input: MonthlyStatementPeriod) => {
  const created = createMonthlyStatementsStep(input)
  const emailed = emailMonthlyStatementsStep({ period: input.period })
  return new WorkflowResponse({ created, emailed })
})
