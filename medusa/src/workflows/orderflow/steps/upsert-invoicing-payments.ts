import type { ErpPayment } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { money } from "../../../lib/money-columns"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"

export interface UpsertPaymentsInput {
  payments: ErpPayment[]
  customerIds: Record<string, string>
}

/** Keeps payments and their allocations (split, partial, on account, reversed) and says which are new. */
export async function upsertInvoicingPayments(input: UpsertPaymentsInput, container: MedusaContainer) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const payments = input.payments.map((payment) => ({
    txn_id: payment.txnId,
    cust_no: payment.custNo,
    customer_id: input.customerIds[payment.custNo] ?? null,
    paid_on: payment.date,
    method: payment.method,
    reference: payment.ref,
    ...money("amount", payment.amountCents),
    last_upd: payment.lastUpd,
  }))
  const allocations = input.payments.flatMap((payment) =>
    payment.allocations.map((allocation) => ({
      txn_id: allocation.txnId,
      invoice_number: allocation.invNo,
      ...money("amount", allocation.amountCents),
      allocated_on: allocation.allocDate,
    }))
  )
  const created = new Set(await invoicing.upsertPayments(payments, allocations))
  return {
    received: input.payments
      .filter((p) => created.has(String(p.txnId)) && p.amountCents > 0)
      .map((p) => ({ txn_id: p.txnId, cust_no: p.custNo, customer_id: input.customerIds[p.custNo] ?? null, amount_cents: p.amountCents })),
  }
}

export const upsertInvoicingPaymentsStep = createStep(
  "upsert-invoicing-payments",
  async (input: UpsertPaymentsInput, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const txnIds = input.payments.map((payment) => payment.txnId)
    const before = [
      await invoicing.snapshotSyncedRows("invoicing_payment", "txn_id", txnIds),
      await invoicing.snapshotSyncedRows("invoicing_payment_allocation", "txn_id", txnIds),
    ]
    return new StepResponse(await upsertInvoicingPayments(input, container), before)
  },
  async (before, { container }) => {
    // Payments and their allocations together, in one transaction.
    if (before) await container.resolve<InvoicingModuleService>(INVOICING_MODULE).restoreSyncedRows(before)
  }
)
