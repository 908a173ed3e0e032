/** How the portal, its PDFs and the storefront name invoice states, statement lines and aging buckets: one wording. */
export type PaymentStatus = "paid" | "pending" | "overdue" | "credit" | "void"

export const PAYMENT_STATUS_LABEL: Record<PaymentStatus, string> = { paid: "Paid", pending: "Pending", overdue: "Overdue", credit: "Credit note", void: "Void" }

export type StatementEntryKind = "invoice" | "credit_note" | "payment" | "reversal"

export const STATEMENT_ENTRY_LABEL: Record<StatementEntryKind, string> = { invoice: "Invoice", credit_note: "Credit note", payment: "Payment", reversal: "Reversal" }

export interface AgingBuckets {
  current_cents: number
  days_1_30_cents: number
  days_31_60_cents: number
  days_61_90_cents: number
  over_90_cents: number
  /** Payments and credit notes not allocated to an invoice: the buckets plus this equal the closing balance. */
  unallocated_cents: number
}

export const AGING_LABELS: [keyof AgingBuckets, string][] = [
  ["current_cents", "Current"],
  ["days_1_30_cents", "1–30 days"],
  ["days_31_60_cents", "31–60 days"],
  ["days_61_90_cents", "61–90 days"],
  ["over_90_cents", "Over 90 days"],
  ["unallocated_cents", "Unallocated payments and credits"],
]

export type { AccountSummary, DocumentDetail, DocumentLine, DocumentSummary, PaymentRecord, Statement, StatementEntry } from "./records.js"
