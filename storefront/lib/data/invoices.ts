import "server-only"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { customerHeaders } from "./session"

import type { AgingBuckets, PaymentStatus, StatementEntryKind } from "@portal/integrations/invoice-status"

export interface DocumentSummary {
  number: string
  type: "invoice" | "credit_note"
  ord_no: number | null
  credited_invoice_number: string | null
  issue_date: string
  due_date: string
  sub_total_cents: number
  vat_total_cents: number
  total_cents: number
  paid_cents: number
  credited_cents: number
  outstanding_cents: number
  status: PaymentStatus
}

export interface InvoiceQuery {
  q?: string
  status?: string
  type?: string
  include_void?: string
  from?: string
  to?: string
  limit: number
  offset: number
}

export type InvoiceList =
  | { documents: DocumentSummary[]; count: number; totals: { invoiced_cents: number; credited_cents: number; outstanding_cents: number } }
  | { error: string }

type BriefDocument = Pick<DocumentSummary, "number" | "issue_date" | "total_cents" | "status">

export interface InvoiceDetail extends DocumentSummary {
  lines: { line_no: number; sku: string | null; description: string; quantity: number; unit_price_cents: number; vat_rate_percent: number; line_total_cents: number }[]
  payments: { txn_id: number; paid_on: string; method: string; reference: string | null; allocated_on: string; amount_cents: number; reversal: boolean }[]
  credit_notes: BriefDocument[]
  credited_invoice: BriefDocument | null
  order: { ord_no: number; visible: boolean } | null
}

export interface HowToPay {
  eft: { bankName: string; accountName: string; accountNumber: string; branchCode: string; reference: string }
  pay_link: { url: string; label: string } | null
}

export interface AccountSummary {
  balance_cents: number
  open_invoices_cents: number
  open_invoices: number
  overdue_cents: number
  overdue_invoices: number
  credit_limit_cents: number | null
  available_credit_cents: number | null
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
  reversal: boolean
  reversed_by: { txn_id: number; paid_on: string } | null
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
  from: string
  to: string
  opening_balance_cents: number
  entries: StatementEntry[]
  debit_total_cents: number
  credit_total_cents: number
  closing_balance_cents: number
  aging: AgingBuckets
}

export interface MonthlyStatement {
  id: string
  period: string
  from: string
  to: string
  opening_balance_cents: number
  closing_balance_cents: number
  emailed_at: string | null
}

const withoutBlanks = (query: object) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ""))

async function get<T>(path: string, query?: object): Promise<T> {
  return medusa().client.fetch<T>(path, { query: query ? withoutBlanks(query) : undefined, headers: await customerHeaders() })
}

/** One page of the customer's invoices and credit notes; a refused filter comes back as its message. */
export async function listInvoices(query: InvoiceQuery): Promise<InvoiceList> {
  try {
    return await get("/store/portal/invoices", query)
  } catch (error) {
    return { error: messageOf(error, "Your invoices could not be loaded. Please try again.") }
  }
}

/** One of the customer's invoices or credit notes, or null when it is not theirs (the backend answers 404). */
export async function retrieveInvoice(number: string): Promise<{ invoice: InvoiceDetail; how_to_pay: HowToPay | null } | null> {
  if (!/^(INV|CRN)\d{1,10}$/i.test(number)) return null
  try {
    return await get(`/store/portal/invoices/${number.toUpperCase()}`)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

export async function retrieveAccountSummary(): Promise<AccountSummary | null> {
  try {
    return (await get<{ account: AccountSummary }>("/store/portal/account")).account
  } catch {
    return null
  }
}

export async function listPayments(page: { limit: number; offset: number }): Promise<{ payments: PaymentRecord[]; count: number } | { error: string }> {
  try {
    return await get("/store/portal/payments", page)
  } catch (error) {
    return { error: messageOf(error, "Your payments could not be loaded. Please try again.") }
  }
}

export async function retrieveStatement(from: string, to: string): Promise<{ statement: Statement } | { error: string }> {
  try {
    return await get("/store/portal/statement", { from, to })
  } catch (error) {
    return { error: messageOf(error, "Your statement could not be made. Please try again.") }
  }
}

export async function listMonthlyStatements(): Promise<MonthlyStatement[]> {
  try {
    return (await get<{ statements: MonthlyStatement[] }>("/store/portal/statements")).statements
  } catch {
    return []
  }
}

/** Asks Medusa for a short-lived, customer-bound download link; null when the document is not the customer's. */
export async function requestDownloadLink(path: string, body: object = {}): Promise<string | null> {
  try {
    const { url } = await medusa().client.fetch<{ url: string }>(path, { method: "POST", body, headers: await customerHeaders() })
    return url.replace(/^\/store\/portal\/downloads\//, "")
  } catch {
    return null
  }
}
