/**
 * Invoices, credit notes, payments and statements as the portal's store API returns them: the backend builds these
 * shapes and the storefront reads them, so both name them from here.
 */
import type { AgingBuckets, PaymentStatus, StatementEntryKind } from "./index.js"

export interface DocumentLine {
  line_no: number
  sku: string | null
  description: string
  quantity: number
  unit_price_cents: number
  vat_rate_percent: number
  line_total_cents: number
}

export interface DocumentSummary {
  number: string
  type: "invoice" | "credit_note"
  ord_no: number | null
  credited_invoice_number: string | null
  issue_date: string
  due_date: string
  currency_code: string
  sub_total_cents: number
  vat_total_cents: number
  total_cents: number
  /** Allocated payments, reversals netted. */
  paid_cents: number
  /** Non-void credit notes against this invoice. */
  credited_cents: number
  /** What is still owed on an invoice; 0 for credit notes and void documents. */
  outstanding_cents: number
  status: PaymentStatus
}

export interface DocumentDetail extends DocumentSummary {
  lines: DocumentLine[]
  payments: { txn_id: number; paid_on: string; method: string; reference: string | null; allocated_on: string; amount_cents: number; reversal: boolean }[]
  credit_notes: Pick<DocumentSummary, "number" | "issue_date" | "total_cents" | "status">[]
  credited_invoice: Pick<DocumentSummary, "number" | "issue_date" | "total_cents" | "status"> | null
  /** The order, when the customer can open it in the portal. */
  order: { ord_no: number; visible: boolean } | null
}

export interface AccountSummary {
  /** Invoices less credit notes less payments (reversals add back): what the customer owes; negative is in their favour. */
  balance_cents: number
  /** What is still owed on invoices, whether due or not. */
  open_invoices_cents: number
  open_invoices: number
  overdue_cents: number
  overdue_invoices: number
  /** Null for cash customers (OrderFlow credit limit 0). */
  credit_limit_cents: number | null
  available_credit_cents: number | null
  /** Payments not (yet) allocated to an invoice. */
  on_account_cents: number
  last_payment: { paid_on: string; amount_cents: number; method: string; reference: string | null } | null
  terms_days: number | null
}

export interface PaymentRecord {
  txn_id: number
  paid_on: string
  method: string
  reference: string | null
  amount_cents: number
  unallocated_cents: number
  /** A negative transaction: it reverses an earlier payment (a bounced cheque). */
  reversal: boolean
  /** On a payment that was reversed: the reversing transaction. */
  reversed_by: { txn_id: number; paid_on: string } | null
  /** On a reversal: the payment it reverses. */
  reverses: { txn_id: number; paid_on: string } | null
  allocations: { invoice_number: string; allocated_on: string; amount_cents: number }[]
}

export interface StatementEntry {
  date: string
  kind: StatementEntryKind
  reference: string
  description: string
  debit_cents: number
  credit_cents: number
  balance_cents: number
}

export interface Statement {
  customer_number: string
  customer_name: string
  from: string
  to: string
  opening_balance_cents: number
  entries: StatementEntry[]
  debit_total_cents: number
  credit_total_cents: number
  closing_balance_cents: number
  aging: AgingBuckets
}
