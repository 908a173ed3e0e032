import "server-only"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { customerHeaders } from "./session"

import type { AccountSummary, DocumentDetail, DocumentSummary, PaymentRecord, Statement } from "@portal/integrations/invoice-status"

// The shapes the store API returns are shared with the backend (integrations/invoice-status/records).
export type { AccountSummary, DocumentDetail, DocumentSummary, PaymentRecord, Statement }

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

export interface HowToPay {
  eft: { bankName: string; accountName: string; accountNumber: string; branchCode: string; reference: string }
  pay_link: { url: string; label: string } | null
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
export async function retrieveInvoice(number: string): Promise<{ invoice: DocumentDetail; how_to_pay: HowToPay | null } | null> {
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
