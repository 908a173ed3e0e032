import type { Metadata } from "next"
import { retrieveCustomer } from "@/lib/data/customer"
import { searchPortal } from "@/lib/data/search"
import { SearchTemplate } from "@/modules/help/templates/search-template"
import { PortalShell } from "@/modules/layout/templates/portal-shell"

export const metadata: Metadata = { title: "Search" }

type SearchParams = Promise<{ q?: string | string[]; counted?: string }>

/** A search's full results. It counts for the content-gap report unless the header's box already counted it. */
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const { q, counted } = await searchParams
  const query = ((Array.isArray(q) ? q[0] : q) ?? "").trim().slice(0, 100)
  const [customer, result] = await Promise.all([retrieveCustomer(), query.length >= 2 ? searchPortal(query, { record: counted !== "1", perGroup: 20, excerpts: true }) : null])
  return (
    <PortalShell customer={customer}>
      <SearchTemplate query={query} result={result} />
    </PortalShell>
  )
}
