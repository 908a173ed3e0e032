import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { announceAccountChangesStep } from "../orderflow/steps/announce-account-changes"
import { createMonthlyStatementsStep, type MonthlyStatementPeriod } from "./steps/create-monthly-statements"
import { emailMonthlyStatementsStep } from "./steps/email-monthly-statements"
import { recordStatementEventsStep } from "./steps/record-statement-events"

/**
 * Produces, stores and emails every active customer's statement for one month, and tells the account's people it is
 * ready (the notifications' outbox); safe to run again.
 */
export const generateMonthlyStatementsWorkflow = createWorkflow("generate-monthly-statements", (input: MonthlyStatementPeriod) => {
  const created = createMonthlyStatementsStep(input)
  const emailed = emailMonthlyStatementsStep({ period: input.period })
  recordStatementEventsStep({ statementIds: created })
  // Every account's list of statements changed.
  announceAccountChangesStep({ ordNos: null })
  return new WorkflowResponse({ created, emailed })
})
