import type { ErpDocument } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { erpTotals } from "../../../lib/money-columns"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"

const ERP_STATUS = { O: "open", P: "paid", V: "void" } as const

export interface UpsertDocumentsInput {
  documents: ErpDocument[]
  customerIds: Record<string, string>
  /** The OrderFlow delivery address of each document's order (by order number), where the sync has the order. */
  deliveryAddresses?: Record<number, number | null>
}

/**
 * Keeps invoices and credit notes as OrderFlow issued them, rewrites the spending summary of the customer-months
 * they were and are in, and says which are new.
 */
export async function upsertInvoicingDocuments(input: UpsertDocumentsInput, container: MedusaContainer) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const numbers = input.documents.map((document) => document.invNo)
  const monthsBefore = await invoicing.spendMonthsOfDocuments(numbers)
  const rows = input.documents.map((document) => ({
    number: document.invNo,
    type: document.docType === "CR" ? "credit_note" : "invoice",
    cust_no: document.custNo,
    customer_id: input.customerIds[document.custNo] ?? null,
    ord_no: document.ordNo,
    credited_invoice_number: document.origInvNo,
    issue_date: document.invoiceDate,
    due_date: document.dueDate,
    ...erpTotals(document),
    erp_status: ERP_STATUS[document.status],
    deliv_addr_id: document.ordNo === null ? null : (input.deliveryAddresses?.[document.ordNo] ?? null),
    lines: document.lines,
    last_upd: document.lastUpd,
  }))
  const before = await invoicing.snapshotSyncedRows("invoice", "number", numbers)
  const created = new Set(await invoicing.upsertDocuments(rows))
  try {
    await invoicing.rewriteSpendSummaries([...monthsBefore, ...(await invoicing.spendMonthsOfDocuments(numbers))])
  } catch (error) {
    // The documents go back as they were, so the page's retry finds the months they were in: the summary never drifts.
    await invoicing.restoreSyncedRows([before])
    throw error
  }
  return {
    created: input.documents.filter((d) => created.has(d.invNo)).map((d) => ({ number: d.invNo, type: d.docType, cust_no: d.custNo, customer_id: input.customerIds[d.custNo] ?? null })),
  }
}

export const upsertInvoicingDocumentsStep = createStep(
  "upsert-invoicing-documents",
  async (input: UpsertDocumentsInput, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const before = await invoicing.snapshotSyncedRows("invoice", "number", input.documents.map((document) => document.invNo))
    return new StepResponse(await upsertInvoicingDocuments(input, container), before)
  },
  async (before, { container }) => {
    if (!before) return
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const numbers = before.keys as string[]
    const monthsAfter = await invoicing.spendMonthsOfDocuments(numbers)
    await invoicing.restoreSyncedRows([before])
    // The summary follows the documents back: their months as they were and as the undone step left them.
    await invoicing.rewriteSpendSummaries([...monthsAfter, ...(await invoicing.spendMonthsOfDocuments(numbers))])
  }
)
