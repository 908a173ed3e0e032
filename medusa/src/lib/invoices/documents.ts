import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { DocumentDetail, DocumentLine, DocumentSummary, PaymentStatus } from "@portal/integrations/invoice-status"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import type { CustomerOrderScope } from "../../modules/orderflow-sync/repositories/order-history"
import { orderNumbersInScope } from "../access/order-scope"

export type { DocumentDetail, DocumentLine, DocumentSummary, PaymentStatus }

const DOCUMENT_NUMBER = /^(INV|CRN)\d{1,10}$/

/** Reads an invoice or credit note number from a URL, or answers 400 with what it should look like. */
export function assertDocumentNumber(value: string | undefined): string {
  const number = (value ?? "").trim().toUpperCase()
  if (!DOCUMENT_NUMBER.test(number)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${(value ?? "").slice(0, 40)}" is not an invoice or credit note number (like INV0000123 or CRN0000012).`)
  }
  return number
}

/**
 * One of the customer's documents with lines, payments and credit notes (the invoicing module), and whether its
 * order is one the customer can open (the OrderFlow sync module's visibility rule). Anyone else's is a 404, like an
 * unknown one.
 */
export async function loadCustomerDocument(container: MedusaContainer, scope: CustomerOrderScope, number: string): Promise<DocumentDetail> {
  const orderNumbers = await orderNumbersInScope(container, scope)
  const document = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).retrieveCustomerDocument(scope.customerId, number, orderNumbers)
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no invoice or credit note ${number} on your account.`)
  const visible = document.ord_no ? await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).isOrderVisibleToCustomer(scope, document.ord_no) : false
  return { ...document, order: document.ord_no ? { ord_no: document.ord_no, visible } : null }
}
