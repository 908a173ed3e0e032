import type { MedusaContainer } from "@medusajs/framework/types"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { type Statement, statementFromRows } from "./statement"

/** The customer's statement for [from, to] (Johannesburg days), from the invoicing module's statement rows. */
export async function buildStatement(container: MedusaContainer, customer: { id: string; number: string; name: string }, from: string, to: string): Promise<Statement> {
  const rows = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).customerStatementRows(customer.id, from, to)
  return statementFromRows(customer, from, to, rows)
}
