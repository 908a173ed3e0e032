/**
 * Invoices, credit notes and payments as the accounting exports read them: money in integer cents, dates as
 * 'YYYY-MM-DD' calendar days, exactly as OrderFlow issued them.
 */
export interface AccountingLine {
  lineNo: number
  sku: string | null
  description: string
  /** Quantity in thousandths (NUMERIC(10,3) in OrderFlow). */
  qtyMilli: number
  unitPriceCents: number
  /** VAT rate in hundredths of a percent (1500 = 15 %). */
  vatRateBasisPoints: number
  /** Net line total after any discount, VAT excluded. */
  lineTotalCents: number
}

export interface AccountingDocument {
  type: "invoice" | "credit_note"
  number: string
  issueDate: string
  dueDate: string
  orderNumber: number | null
  /** On a credit note: the invoice it credits. */
  creditedInvoiceNumber: string | null
  currency: string
  subTotalCents: number
  vatCents: number
  totalCents: number
  lines: AccountingLine[]
}

export interface AccountingPayment {
  txnId: number
  paidOn: string
  method: string
  reference: string | null
  /** Negative for a reversal (a bounced cheque). */
  amountCents: number
}

export interface AccountingParty {
  name: string
  addressLines: string[]
  vatNumber: string | null
}

/** Who the documents are between: the seller who issued them and the customer who exports them. */
export interface AccountingParties {
  seller: AccountingParty & { bank: BankAccount }
  customer: AccountingParty & { number: string; email: string | null }
}

export interface BankAccount {
  bankName: string
  accountName: string
  accountNumber: string
  branchCode: string
}
