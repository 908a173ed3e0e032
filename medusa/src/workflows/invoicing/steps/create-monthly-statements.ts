import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"
import { buildStatement } from "../../../lib/invoices/build-statement"

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
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    // Active OrderFlow customers with a portal account (the sync module), their email (the Customer module), less
    // those whose statement for the month exists (the invoicing module).
    const erpCustomers = await container
      .resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
      .listErpCustomers({ active: true }, { select: ["customer_id", "cust_no", "name"], order: { cust_no: "ASC" }, take: null })
    const issued = new Set((await invoicing.listStatements({ period: input.period }, { select: ["cust_no"], take: null })).map((statement) => statement.cust_no))
    const emails = new Map(
      (await container.resolve(Modules.CUSTOMER).listCustomers({ id: erpCustomers.map((erp) => erp.customer_id) }, { select: ["id", "email"], take: null })).map((customer) => [customer.id, customer.email])
    )
    const customers = erpCustomers
      .filter((erp) => emails.has(erp.customer_id) && !issued.has(erp.cust_no))
      .map((erp) => ({ customer_id: erp.customer_id, cust_no: erp.cust_no, name: erp.name, email: emails.get(erp.customer_id) ?? null }))
    const created: string[] = []
    // A few customers at a time: each statement is three indexed queries.
    for (let start = 0; start < customers.length; start += 20) {
      const batch = customers.slice(start, start + 20)
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
