import { centsToDecimalString } from "../money.js"
import type { AccountingDocument, AccountingParties, AccountingPayment } from "./types.js"
import { exactQuantityAndPrice, lineVatCents, quantityString } from "./vat.js"

/**
 * CSV layouts the customer's accounting software imports. The customer bought from the seller, so to them an invoice
 * is a bill (accounts payable), a credit note a supplier credit, and a payment money out of their bank account.
 * The mapping is documented in README.md ("Export for accounting software").
 */
export type CsvLayoutName = "xero_bills" | "xero_payments" | "quickbooks_bills" | "quickbooks_supplier_credits" | "quickbooks_payments"

export interface CsvExportOptions {
  /** The expense account the purchases are booked to in the customer's chart of accounts. */
  accountCode: string
}

interface DocumentLayout {
  kind: "documents"
  label: string
  documentTypes: AccountingDocument["type"][]
  header: string[]
  rows(document: AccountingDocument, parties: AccountingParties, options: CsvExportOptions): string[][]
}

interface PaymentLayout {
  kind: "payments"
  label: string
  header: string[]
  rows(payment: AccountingPayment, parties: AccountingParties): string[][]
}

export type CsvLayout = DocumentLayout | PaymentLayout

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', the day-first form Xero and QuickBooks read in South Africa. */
export const dayFirst = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`
const amount = centsToDecimalString

/** Each line with its share of the document's VAT, signed: credit notes count against the bills. */
function signedLines(document: AccountingDocument) {
  const sign = document.type === "credit_note" ? -1 : 1
  const vat = lineVatCents(document)
  return document.lines.map((line, index) => {
    const exact = exactQuantityAndPrice(line)
    // A discounted line becomes one unit at its net total, with the quantity in the description: totals stay exact.
    const description = exact ? line.description : `${line.description} (${quantityString(line.qtyMilli)} at ${amount(line.unitPriceCents)} less discount)`
    return {
      line,
      description,
      quantity: exact ? quantityString(exact.qtyMilli) : "1",
      unitAmount: amount(sign * (exact ? exact.unitPriceCents : line.lineTotalCents)),
      netAmount: amount(sign * line.lineTotalCents),
      vatAmount: amount(sign * vat[index]!),
    }
  })
}

const documentMemo = (document: AccountingDocument) =>
  [document.orderNumber ? `Order ${document.orderNumber}` : null, document.creditedInvoiceNumber ? `Credits ${document.creditedInvoiceNumber}` : null]
    .filter(Boolean)
    .join("; ")

const paymentDescription = (payment: AccountingPayment, parties: AccountingParties) =>
  `${payment.amountCents < 0 ? "Reversed payment" : "Payment"} to ${parties.seller.name} (${payment.method})`

export const CSV_LAYOUTS: Record<CsvLayoutName, CsvLayout> = {
  // Xero › Purchases › Bills › Import: one row per line, rows sharing an InvoiceNumber form one bill; a credit note
  // is imported the same way with negative unit amounts. TaxAmount pins OrderFlow's VAT instead of Xero's rounding.
  xero_bills: {
    kind: "documents",
    label: "Xero bills and credit notes",
    documentTypes: ["invoice", "credit_note"],
    header: [
      "*ContactName", "EmailAddress", "POAddressLine1", "POAddressLine2", "POAddressLine3", "POAddressLine4", "POCity", "PORegion",
      "POPostalCode", "POCountry", "*InvoiceNumber", "*InvoiceDate", "*DueDate", "InventoryItemCode", "Description", "*Quantity",
      "*UnitAmount", "*AccountCode", "*TaxType", "TaxAmount", "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2", "Currency",
    ],
    rows: (document, parties, options) =>
      signedLines(document).map(({ line, description, quantity, unitAmount, vatAmount }) => [
        parties.seller.name, "", ...padded(parties.seller.addressLines, 4), "", "", "", "ZA",
        document.number, dayFirst(document.issueDate), dayFirst(document.dueDate), line.sku ?? "", description, quantity,
        unitAmount, options.accountCode, line.vatRateBasisPoints > 0 ? "Standard Rate Purchases" : "No VAT", vatAmount, "", "", "", "", document.currency,
      ]),
  },
  // Xero imports no payments: they arrive as a bank statement (Accounting › Bank accounts › Import a statement) and
  // are matched to the bills there. Money paid to the seller is money out (negative); a reversal comes back in.
  xero_payments: {
    kind: "payments",
    label: "Xero bank statement (payments)",
    header: ["*Date", "*Amount", "Payee", "Description", "Reference"],
    rows: (payment, parties) => [[dayFirst(payment.paidOn), amount(-payment.amountCents), parties.seller.name, paymentDescription(payment, parties), payment.reference ?? ""]],
  },
  // QuickBooks Online › Import data › Bills: one row per line; bills must not be negative, so credits have their own file.
  quickbooks_bills: {
    kind: "documents",
    label: "QuickBooks Online bills",
    documentTypes: ["invoice"],
    header: ["Bill No", "Supplier", "Bill Date", "Due Date", "Memo", "Account", "Line Description", "Line Amount", "Line Tax Code", "Line Tax Amount", "Currency"],
    rows: (document, parties, options) =>
      signedLines(document).map(({ description, netAmount, vatAmount, line }) => [
        document.number, parties.seller.name, dayFirst(document.issueDate), dayFirst(document.dueDate), documentMemo(document),
        options.accountCode, description, netAmount, line.vatRateBasisPoints > 0 ? "S" : "Z", vatAmount, document.currency,
      ]),
  },
  // QuickBooks Online has no built-in supplier credit import; this is the bills layout with positive amounts, which
  // the common importers (SaasAnt, Transaction Pro) map to supplier credits.
  quickbooks_supplier_credits: {
    kind: "documents",
    label: "QuickBooks Online supplier credits",
    documentTypes: ["credit_note"],
    header: ["Ref No", "Supplier", "Date", "Memo", "Account", "Line Description", "Line Amount", "Line Tax Code", "Line Tax Amount", "Currency"],
    rows: (document, parties, options) =>
      signedLines({ ...document, type: "invoice" }).map(({ description, netAmount, vatAmount, line }) => [
        document.number, parties.seller.name, dayFirst(document.issueDate), documentMemo(document), options.accountCode,
        description, netAmount, line.vatRateBasisPoints > 0 ? "S" : "Z", vatAmount, document.currency,
      ]),
  },
  // QuickBooks Online › Banking › Upload transactions: the three-column bank layout, money out negative.
  quickbooks_payments: {
    kind: "payments",
    label: "QuickBooks Online bank transactions (payments)",
    header: ["Date", "Description", "Amount"],
    rows: (payment, parties) => [[dayFirst(payment.paidOn), `${paymentDescription(payment, parties)}${payment.reference ? ` ref ${payment.reference}` : ""}`, amount(-payment.amountCents)]],
  },
}

function padded(lines: string[], count: number): string[] {
  return Array.from({ length: count }, (_, index) => lines[index] ?? "")
}
