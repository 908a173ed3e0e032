import { create } from "xmlbuilder2"
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces"
import { centsToDecimalString } from "../money.js"
import type { AccountingDocument, AccountingLine, AccountingParties, AccountingParty } from "./types.js"
import { lineVatCents, quantityString } from "./vat.js"

const NS = {
  Invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  CreditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}

/**
 * An OrderFlow invoice or credit note as a UBL 2.1 Invoice (type 380) or CreditNote (381), valid against the OASIS
 * schemas in integrations/ubl-2.1. Element order follows the XSD sequences; amounts are OrderFlow's, to the cent.
 */
export function ublDocument(document: AccountingDocument, parties: AccountingParties): string {
  const isInvoice = document.type === "invoice"
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(isInvoice ? NS.Invoice : NS.CreditNote, isInvoice ? "Invoice" : "CreditNote", {
    "xmlns:cac": NS.cac,
    "xmlns:cbc": NS.cbc,
  })
  const cbc = (parent: XMLBuilder, name: string, text: string, attributes?: Record<string, string>) => parent.ele(NS.cbc, `cbc:${name}`, attributes).txt(text).up()
  const cac = (parent: XMLBuilder, name: string) => parent.ele(NS.cac, `cac:${name}`)
  const money = (parent: XMLBuilder, name: string, cents: number) => cbc(parent, name, centsToDecimalString(cents), { currencyID: document.currency })
  const taxCategory = (parent: XMLBuilder, name: "TaxCategory" | "ClassifiedTaxCategory", basisPoints: number) => {
    const category = cac(parent, name)
    cbc(category, "ID", basisPoints > 0 ? "S" : "Z")
    cbc(category, "Percent", centsToDecimalString(basisPoints).replace(/\.00$/, ""))
    cbc(cac(category, "TaxScheme"), "ID", "VAT")
  }
  const party = (parent: XMLBuilder, details: AccountingParty, identifier?: string) => {
    const node = cac(parent, "Party")
    if (identifier) cbc(cac(node, "PartyIdentification"), "ID", identifier)
    cbc(cac(node, "PartyName"), "Name", details.name)
    const address = cac(node, "PostalAddress")
    for (const line of details.addressLines.slice(0, 3)) cbc(cac(address, "AddressLine"), "Line", line)
    cbc(cac(address, "Country"), "IdentificationCode", "ZA")
    if (details.vatNumber) {
      const tax = cac(node, "PartyTaxScheme")
      cbc(tax, "RegistrationName", details.name)
      cbc(tax, "CompanyID", details.vatNumber)
      cbc(cac(tax, "TaxScheme"), "ID", "VAT")
    }
  }

  cbc(root, "UBLVersionID", "2.1")
  cbc(root, "ID", document.number)
  cbc(root, "IssueDate", document.issueDate)
  if (isInvoice) {
    cbc(root, "DueDate", document.dueDate)
    cbc(root, "InvoiceTypeCode", "380")
  } else {
    cbc(root, "CreditNoteTypeCode", "381")
  }
  if (document.creditedInvoiceNumber) cbc(root, "Note", `Credits invoice ${document.creditedInvoiceNumber}`)
  cbc(root, "DocumentCurrencyCode", document.currency)
  if (document.orderNumber) cbc(cac(root, "OrderReference"), "ID", String(document.orderNumber))
  if (document.creditedInvoiceNumber) cbc(cac(cac(root, "BillingReference"), "InvoiceDocumentReference"), "ID", document.creditedInvoiceNumber)
  party(cac(root, "AccountingSupplierParty"), parties.seller)
  party(cac(root, "AccountingCustomerParty"), parties.customer, parties.customer.number)

  if (isInvoice) {
    // EFT, the South African way: the seller's account with the invoice number as the payment reference.
    const means = cac(root, "PaymentMeans")
    cbc(means, "PaymentMeansCode", "30")
    cbc(means, "PaymentID", document.number)
    const account = cac(means, "PayeeFinancialAccount")
    cbc(account, "ID", parties.seller.bank.accountNumber)
    cbc(account, "Name", parties.seller.bank.accountName)
    const branch = cac(account, "FinancialInstitutionBranch")
    cbc(branch, "ID", parties.seller.bank.branchCode)
    cbc(cac(branch, "FinancialInstitution"), "Name", parties.seller.bank.bankName)
  }

  const vat = lineVatCents(document)
  const byRate = new Map<number, { taxable: number; tax: number }>()
  document.lines.forEach((line, index) => {
    const rate = byRate.get(line.vatRateBasisPoints) ?? { taxable: 0, tax: 0 }
    rate.taxable += line.lineTotalCents
    rate.tax += vat[index]!
    byRate.set(line.vatRateBasisPoints, rate)
  })
  const taxTotal = cac(root, "TaxTotal")
  money(taxTotal, "TaxAmount", document.vatCents)
  for (const [basisPoints, rate] of byRate) {
    const subtotal = cac(taxTotal, "TaxSubtotal")
    money(subtotal, "TaxableAmount", rate.taxable)
    money(subtotal, "TaxAmount", rate.tax)
    taxCategory(subtotal, "TaxCategory", basisPoints)
  }
  const totals = cac(root, "LegalMonetaryTotal")
  money(totals, "LineExtensionAmount", document.lines.reduce((sum, line) => sum + line.lineTotalCents, 0))
  money(totals, "TaxExclusiveAmount", document.subTotalCents)
  money(totals, "TaxInclusiveAmount", document.totalCents)
  money(totals, "PayableAmount", document.totalCents)

  for (const line of document.lines) ublLine(cac(root, isInvoice ? "InvoiceLine" : "CreditNoteLine"), line, isInvoice, { cbc, cac, money, taxCategory })
  return root.end({ prettyPrint: true })
}

interface Builders {
  cbc: (parent: XMLBuilder, name: string, text: string, attributes?: Record<string, string>) => XMLBuilder
  cac: (parent: XMLBuilder, name: string) => XMLBuilder
  money: (parent: XMLBuilder, name: string, cents: number) => XMLBuilder
  taxCategory: (parent: XMLBuilder, name: "TaxCategory" | "ClassifiedTaxCategory", basisPoints: number) => void
}

function ublLine(node: XMLBuilder, line: AccountingLine, isInvoice: boolean, { cbc, cac, money, taxCategory }: Builders) {
  cbc(node, "ID", String(line.lineNo))
  cbc(node, isInvoice ? "InvoicedQuantity" : "CreditedQuantity", quantityString(line.qtyMilli), { unitCode: "EA" })
  money(node, "LineExtensionAmount", line.lineTotalCents)
  // OrderFlow keeps discounted net totals: the difference to quantity × price is the line's discount.
  const gross = Math.round((line.qtyMilli * line.unitPriceCents) / 1000)
  if (gross > line.lineTotalCents) {
    const allowance = cac(node, "AllowanceCharge")
    cbc(allowance, "ChargeIndicator", "false")
    cbc(allowance, "AllowanceChargeReason", "Discount")
    money(allowance, "Amount", gross - line.lineTotalCents)
  }
  const item = cac(node, "Item")
  cbc(item, "Description", line.description)
  cbc(item, "Name", line.description.slice(0, 100))
  if (line.sku) cbc(cac(item, "SellersItemIdentification"), "ID", line.sku)
  taxCategory(item, "ClassifiedTaxCategory", line.vatRateBasisPoints)
  money(cac(node, "Price"), "PriceAmount", line.unitPriceCents)
}

/** A safe file name for one document in a zip: INV0000123.xml. */
export const ublFileName = (document: Pick<AccountingDocument, "number">) => `${document.number.replace(/[^A-Za-z0-9_-]/g, "_")}.xml`
