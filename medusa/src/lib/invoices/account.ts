import type { MedusaContainer } from "@medusajs/framework/types"
import { decimalStringToRoundedCents } from "@portal/integrations"
import type { AccountSummary, PaymentRecord } from "@portal/integrations/invoice-status"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"

export type { AccountSummary, PaymentRecord }

/**
 * The account summary: balance, overdue, money on account and last payment (the invoicing module), the credit
 * limit and terms OrderFlow gives the customer (the sync module), and the credit still available.
 */
export async function accountSummary(container: MedusaContainer, customerId: string): Promise<AccountSummary> {
  const [figures, erpCustomers] = await Promise.all([
    container.resolve<InvoicingModuleService>(INVOICING_MODULE).customerAccountFigures(customerId),
    container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpCustomers({ customer_id: customerId }, { select: ["credit_limit", "raw_credit_limit", "terms_days"], take: 1 }),
  ])
  const erp = erpCustomers[0] as unknown as { raw_credit_limit?: { value: string }; terms_days: number } | undefined
  const limitCents = erp?.raw_credit_limit ? decimalStringToRoundedCents(erp.raw_credit_limit.value) : 0
  const creditLimit = limitCents > 0 ? limitCents : null
  return {
    balance_cents: figures.balance_cents,
    open_invoices_cents: figures.open_invoices_cents,
    open_invoices: figures.open_invoices,
    overdue_cents: figures.overdue_cents,
    overdue_invoices: figures.overdue_invoices,
    credit_limit_cents: creditLimit,
    available_credit_cents: creditLimit === null ? null : Math.max(creditLimit - Math.max(figures.balance_cents, 0), 0),
    on_account_cents: figures.on_account_cents,
    last_payment: figures.last_payment,
    terms_days: erp?.terms_days ?? null,
  }
}
