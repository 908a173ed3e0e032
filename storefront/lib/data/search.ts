import "server-only"
import type { DocumentSummary } from "@portal/integrations/invoice-status"
import type { OrderSummary } from "@portal/integrations/order-status"
import { medusa } from "../medusa"
import { searchHelp, type HelpSearchResult } from "./help"
import { customerHeaders, hasSession } from "./session"

/** What one search box finds: help for anyone; for a signed-in person, also their account's orders and invoices. */
export interface PortalSearchResult {
  query: string
  help: HelpSearchResult | null
  /** null: not searched (signed out, or the person's role does not include them). */
  orders: { orders: OrderSummary[]; count: number } | null
  invoices: { documents: DocumentSummary[]; count: number } | null
}

type AccountSearch = Pick<PortalSearchResult, "orders" | "invoices">

/**
 * The account's orders and invoices matching the search: one call to Medusa, which applies the session's account,
 * role and locations as the Orders and Invoices pages do. Signed out, or Medusa away: nothing.
 */
async function searchAccount(query: string, perGroup: number): Promise<AccountSearch> {
  if (!(await hasSession())) return { orders: null, invoices: null }
  try {
    return await medusa().client.fetch<AccountSearch>("/store/portal/search", { query: { q: query, limit: perGroup }, headers: await customerHeaders() })
  } catch {
    return { orders: null, invoices: null }
  }
}

/** Searches help (the CMS) and the account (Medusa) at the same time. */
export async function searchPortal(query: string, options: { record?: boolean; perGroup: number; excerpts?: boolean }): Promise<PortalSearchResult> {
  const [help, account] = await Promise.all([
    searchHelp(query, { record: options.record, limit: options.perGroup, excerpts: options.excerpts }),
    searchAccount(query, options.perGroup),
  ])
  return { query, help, ...account }
}
