export type { AccountingDocument, AccountingLine, AccountingParties, AccountingParty, AccountingPayment, BankAccount } from "./types.js"
export { CSV_LAYOUTS, dayFirst, type CsvExportOptions, type CsvLayout, type CsvLayoutName } from "./csv-layouts.js"
export { ublDocument, ublFileName } from "./ubl.js"
export { exactQuantityAndPrice, lineVatCents, quantityString } from "./vat.js"
