import "server-only"
import type { DocumentSummary } from "@portal/integrations/invoice-status"
import type { OrderSummary } from "@portal/integrations/order-status"
import { searchHelp, type HelpSearchResult } from "./help"
import { listInvoices } from "./invoices"
import { retrievePortalMe } from "./me"
import { listOrders } from "./orders"

/** What one search box finds: help for anyone; for a signed-in person, also their account's orders and invoices. */
export interface PortalSearchResult {
  query: string
  help: HelpSearchResult | null
  /** null: not searched (signed out, or the person's role does not include them). */
  orders: { orders: OrderSummary[]; count: number } | null
  invoices: { documents: DocumentSummary[]; count: number } | null
}


/**
 * Searches help, orders and invoices at once. Orders and invoices come from the same store routes as their
 * pages, so the backend applies the session's account, role and locations exactly as it does there: a search never
 * shows anything of another account.
 */
export async function searchPortal(query: string, options: { record?: boolean; perGroup: number }): Promise<PortalSearchResult> {
  const me = await retrievePortalMe()
  const may = (permission: "orders.read" | "invoices.read") => Boolean(me?.permissions.includes(permission))
  const [help, orders, invoices] = await Promise.all([
    searchHelp(query, { record: options.record, limit: options.perGroup }),
    may("orders.read") ? listOrders({ q: query, limit: options.perGroup, offset: 0 }) : null,
    may("invoices.read") ? listInvoices({ q: query, limit: options.perGroup, offset: 0 }) : null,
  ])
  return {
    query,
    help,
    orders: orders && !("error" in orders) ? orders : null,
    invoices: invoices && !("error" in invoices) ? { documents: invoices.documents, count: invoices.count } : null,
  }
}
