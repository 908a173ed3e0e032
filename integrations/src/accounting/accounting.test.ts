import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { sellerBankAccount } from "../payments/index.js"
import { CSV_LAYOUTS, lineVatCents, quantityString, ublDocument, ublSchemaPath, type AccountingDocument, type AccountingParties } from "./index.js"


const parties: AccountingParties = {
  seller: { name: "Highveld Wholesale Foods (Pty) Ltd", addressLines: ["12 Depot Road, Johannesburg, 2001"], vatNumber: "4123456789", bank: sellerBankAccount({}) },
  customer: { number: "C0001001", name: "Fresh Corner & Sons <Supermarket>", addressLines: ["1 Main Road", "Pretoria"], vatNumber: "4999999999", email: null },
}

const invoice: AccountingDocument = {
  type: "invoice",
  number: "INV0000101",
  issueDate: "2026-10-31",
  dueDate: "2026-11-30",
  orderNumber: 100123,
  creditedInvoiceNumber: null,
  currency: "ZAR",
  subTotalCents: 5_018_492,
  vatCents: 752_774,
  totalCents: 5_771_266,
  lines: [
    // 19 × R 283.96 with a discount: the net total is not quantity × price.
    { lineNo: 1, sku: "FD-1011", description: "Peri-peri sauce 6 x 1 l", qtyMilli: 19_000, unitPriceCents: 28_396, vatRateBasisPoints: 1500, lineTotalCents: 499_060 },
    { lineNo: 2, sku: "BV-2001", description: "Still water 24 x 500 ml", qtyMilli: 2_000, unitPriceCents: 6_563, vatRateBasisPoints: 1500, lineTotalCents: 13_126 },
    { lineNo: 3, sku: null, description: "Delivery", qtyMilli: 1_000, unitPriceCents: 4_506_306, vatRateBasisPoints: 1500, lineTotalCents: 4_506_306 },
  ],
}

const creditNote: AccountingDocument = {
  ...invoice,
  type: "credit_note",
  number: "CRN0000007",
  creditedInvoiceNumber: "INV0000101",
  subTotalCents: 13_126,
  vatCents: 1_969,
  totalCents: 15_095,
  lines: [invoice.lines[1]!],
}

function validate(xml: string, document: "Invoice" | "CreditNote"): string {
  const file = join(mkdtempSync(join(tmpdir(), "ubl-")), "document.xml")
  writeFileSync(file, xml)
  return execFileSync("xmllint", ["--noout", "--nonet", "--schema", ublSchemaPath(document), file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
}

describe("accounting exports", () => {
  it("spreads the document's VAT over the lines to the cent", () => {
    const shares = lineVatCents(invoice)
    expect(shares.reduce((a, b) => a + b, 0)).toBe(invoice.vatCents)
    expect(shares[2]).toBeGreaterThan(shares[0]!)
    expect(lineVatCents({ vatCents: 1, lines: [invoice.lines[1]!, invoice.lines[1]!] })).toEqual([1, 0])
  })

  it("writes quantities exactly", () => {
    expect([quantityString(2_500), quantityString(19_000), quantityString(1), quantityString(-250)]).toEqual(["2.5", "19", "0.001", "-0.25"])
  })

  it("writes UBL invoices and credit notes that validate against the OASIS UBL 2.1 schemas", () => {
    const invoiceXml = ublDocument(invoice, parties)
    expect(() => validate(invoiceXml, "Invoice")).not.toThrow()
    expect(invoiceXml).toContain('<cbc:PayableAmount currencyID="ZAR">57712.66</cbc:PayableAmount>')
    expect(invoiceXml).toContain("<cbc:PaymentID>INV0000101</cbc:PaymentID>")
    expect(invoiceXml).toContain("Fresh Corner &amp; Sons &lt;Supermarket&gt;")
    // The discount is the gap between 19 × 283.96 and the net total.
    expect(invoiceXml).toContain('<cbc:Amount currencyID="ZAR">404.64</cbc:Amount>')

    const creditXml = ublDocument(creditNote, parties)
    expect(() => validate(creditXml, "CreditNote")).not.toThrow()
    expect(creditXml).toMatch(/<cac:InvoiceDocumentReference>\s*<cbc:ID>INV0000101<\/cbc:ID>/)
    expect(creditXml).toContain('<cbc:CreditedQuantity unitCode="EA">2</cbc:CreditedQuantity>')
    // A credit note is not an invoice: the wrong schema refuses it.
    expect(() => validate(creditXml, "Invoice")).toThrow()
  })

  it("maps bills to Xero's import columns with credit notes negative and OrderFlow's VAT per line", () => {
    const layout = CSV_LAYOUTS.xero_bills
    if (layout.kind !== "documents") throw new Error("xero_bills is a document layout")
    const rows = [...layout.rows(invoice, parties, { accountCode: "300" }), ...layout.rows(creditNote, parties, { accountCode: "300" })]
    const column = (name: string) => layout.header.indexOf(name)
    expect(rows[0]![column("*InvoiceDate")]).toBe("31/10/2026")
    // The discounted line is one unit at its net total; the exact line keeps quantity and price.
    expect([rows[0]![column("*Quantity")], rows[0]![column("*UnitAmount")]]).toEqual(["1", "4990.60"])
    expect(rows[0]![column("Description")]).toContain("19 at 283.96 less discount")
    expect([rows[1]![column("*Quantity")], rows[1]![column("*UnitAmount")]]).toEqual(["2", "65.63"])
    expect(rows[3]![column("*UnitAmount")]).toBe("-65.63")
    const vat = rows.slice(0, 3).reduce((sum, row) => sum + Math.round(Number(row[column("TaxAmount")]) * 100), 0)
    expect(vat).toBe(invoice.vatCents)
    expect(rows.every((row) => row.length === layout.header.length)).toBe(true)
  })

  it("writes payments as money out of the customer's bank, reversals back in", () => {
    const layout = CSV_LAYOUTS.quickbooks_payments
    if (layout.kind !== "payments") throw new Error("quickbooks_payments is a payment layout")
    const [paid] = layout.rows({ txnId: 1, paidOn: "2026-11-02", method: "CHQ", reference: "CHQ 0042", amountCents: 150_000 }, parties)
    const [bounced] = layout.rows({ txnId: 2, paidOn: "2026-11-09", method: "CHQ", reference: "CHQ 0042", amountCents: -150_000 }, parties)
    expect(paid).toEqual(["02/11/2026", "Payment to Highveld Wholesale Foods (Pty) Ltd (CHQ) ref CHQ 0042", "-1500.00"])
    expect(bounced![1]).toMatch(/^Reversed payment/)
    expect(bounced![2]).toBe("1500.00")
  })
})
