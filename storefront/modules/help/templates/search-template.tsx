import type { PortalSearchResult } from "@/lib/data/search"
import { PageHeader } from "@/modules/common/components/page-header"
import { HelpSearchForm } from "../components/help-search-form"
import { SearchResultGroups } from "../components/search-result-groups"

/** The full results of a search: help, and for a signed-in person their orders and invoices. */
export function SearchTemplate({ query, result }: { query: string; result: PortalSearchResult | null }) {
  return (
    <>
      <PageHeader title={query ? `Results for “${query}”` : "Search"} />
      <HelpSearchForm query={query} />
      {result ? <SearchResultGroups result={result} /> : <p>Type a word or two, such as an order number, an invoice number or a question.</p>}
    </>
  )
}
