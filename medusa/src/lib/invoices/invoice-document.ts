import { formatRand } from "@portal/integrations"
import { sellerDetails, type BusinessDocument } from "@portal/integrations/documents"
import { PAYMENT_STATUS_LABEL } from "@portal/integrations/invoice-status"
import { formatDay, formatQuantity } from "@portal/integrations/locale"
import { sellerBankAccount } from "@portal/integrations/payments"
import type { DocumentDetail } from "@portal/integrations/invoice-status"
import type { BilledCustomer } from "./parties"

/** How to pay an invoice by EFT: the seller's account and the invoice number as the reference. */
export function eftInstructions(number: string): string {
  const bank = sellerBankAccount()
  return `Pay by EFT to ${bank.accountName}, ${bank.bankName}, account ${bank.accountNumber}, branch code ${bank.branchCode}. Use ${number} as the payment reference.`
}

/**
 * One template for tax invoices and credit notes, used for the customer's download and the staff preview alike:
 * OrderFlow's lines and totals, what was paid and credited, and how to pay what is still owed.
 */
export function invoiceDocument(document: DocumentDetail, customer: BilledCustomer): BusinessDocument {
  const isInvoice = document.type === "invoice"
  const fact = (label: string, value: string | null | undefined): [string, string][] => (value ? [[label, value]] : [])
  return {
    title: isInvoice ? "Tax invoice" : "Credit note",
    number: document.number,
    seller: sellerDetails(),
    recipient: {
      name: customer.name,
      lines: [`Customer ${customer.number}`, ...customer.addressLines, ...(customer.vatNumber ? [`VAT number ${customer.vatNumber}`] : [])],
    },
    facts: [
      [isInvoice ? "Invoice date" : "Date", formatDay(document.issue_date)],
      ...(isInvoice ? fact("Due date", formatDay(document.due_date)) : []),
      ...fact("Order", document.ord_no ? String(document.ord_no) : null),
      ...fact("Credits invoice", document.credited_invoice_number),
      ["Status", PAYMENT_STATUS_LABEL[document.status]],
    ],
    columns: [
      { header: "#" },
      { header: "Description", width: "*" },
      { header: "SKU" },
      { header: "Quantity", align: "right" },
      { header: "Unit price", align: "right" },
      { header: "VAT", align: "right" },
      { header: "Line total", align: "right" },
    ],
    rows: document.lines.map((line) => [
      String(line.line_no),
      line.description,
      line.sku ?? "—",
      formatQuantity(line.quantity),
      formatRand(line.unit_price_cents),
      `${line.vat_rate_percent} %`,
      formatRand(line.line_total_cents),
    ]),
    totals: [
      ["Subtotal (excl. VAT)", formatRand(document.sub_total_cents)],
      ["VAT", formatRand(document.vat_total_cents)],
      ["Total", formatRand(document.total_cents)],
      ...(isInvoice && (document.paid_cents || document.credited_cents)
        ? ([
            ["Paid", formatRand(document.paid_cents)],
            ...(document.credited_cents ? [["Credited", formatRand(document.credited_cents)] as [string, string]] : []),
            ["Amount due", formatRand(document.outstanding_cents)],
          ] as [string, string][])
        : []),
    ],
    notes: isInvoice && document.outstanding_cents > 0 && document.status !== "void" ? [eftInstructions(document.number)] : [],
  }
}
