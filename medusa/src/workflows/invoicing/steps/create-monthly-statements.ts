import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { buildStatement } from "../../../lib/invoices/statement"

export interface MonthlyStatementPeriod {
  /** YYYY-MM */
  period: string
  from: string
  to: string
}

/**
 * Builds and stores the month's statement for every active customer with a portal account who had something on
 * their account: a movement in the month or a balance. Statements that already exist are kept as issued.
 */
export const createMonthlyStatementsStep = createStep(
  "create-monthly-statements",
  async (input: MonthlyStatementPeriod, { container }) => {
    const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const { rows: customers } = await knex.raw(
      `SELECT e.customer_id, e.cust_no, e.name, c.email FROM erp_customer e JOIN customer c ON c.id = e.customer_id AND c.deleted_at IS NULL
        WHERE e.active AND e.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM invoicing_statement s WHERE s.cust_no = e.cust_no AND s.period = ? AND s.deleted_at IS NULL)
        ORDER BY e.cust_no`,
      [input.period]
    )
    const created: string[] = []
    // A few customers at a time: each statement is three indexed queries.
    for (let start = 0; start < customers.length; start += 20) {
      const batch = customers.slice(start, start + 20) as { customer_id: string; cust_no: string; name: string; email: string | null }[]
      const statements = await Promise.all(batch.map((customer) => buildStatement(container, { id: customer.customer_id, number: customer.cust_no, name: customer.name }, input.from, input.to)))
      const rows = statements
        .map((statement, index) => ({ statement, customer: batch[index]! }))
        .filter(({ statement }) => statement.entries.length > 0 || statement.closing_balance_cents !== 0)
        .map(({ statement, customer }) => ({
          customer_id: customer.customer_id,
          cust_no: customer.cust_no,
          period: input.period,
          from_date: input.from,
          to_date: input.to,
          opening_balance_cents: statement.opening_balance_cents,
          closing_balance_cents: statement.closing_balance_cents,
          snapshot: statement,
          email_to: customer.email,
        }))
      created.push(...(await invoicing.createStatementsOnce(rows)))
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    await container.resolve<InvoicingModuleService>(INVOICING_MODULE).deleteStatements(created)
  }
)
