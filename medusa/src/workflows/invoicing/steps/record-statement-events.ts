import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../../modules/customer-notifications/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import type { Statement } from "../../../lib/invoices/statement"

/**
 * "Your statement is ready", for the people of each account whose role reads money (Accounts and Admins), once per
 * statement this run produced (a statement made before this existed is not news weeks later). The account's statement address already has the PDF by email: the dispatcher
 * emails nobody at that address again, and their inbox item is still there.
 */
export const recordStatementEventsStep = createStep(
  "record-statement-events",
  async (input: { statementIds: string[] }, { container }) => {
    if (!input.statementIds.length) return new StepResponse(0, [] as string[])
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const statements = await invoicing.listStatements({ id: input.statementIds }, { select: ["id", "customer_id", "period", "email_to", "snapshot"], take: null })
    const ids = await container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).events.record(
      statements.map((statement) => ({
        kind: "statement.ready" as const,
        customer_id: statement.customer_id,
        entity_type: "statement" as const,
        entity_id: statement.id,
        version: statement.period,
        data: { period: statement.period, closing_balance_cents: (statement.snapshot as unknown as Statement).closing_balance_cents, emailed_to: statement.email_to ?? null },
      }))
    )
    return new StepResponse(ids.length, ids)
  },
  /** Undoing the step forgets only the events it recorded, and only while nobody has been told. */
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).events.forgetUndispatched(ids)
  }
)
