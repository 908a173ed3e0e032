import { documentResponse, fetchCustomerDocument } from "@/lib/data/documents"

/** One Insights table (months, products, groups, locations) for the period as CSV, made by Medusa for the signed-in person. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const query = new URLSearchParams()
  for (const name of ["table", "from", "to"]) {
    const value = url.searchParams.get(name)
    if (value) query.set(name, value)
  }
  return documentResponse(await fetchCustomerDocument(`/store/portal/insights/csv?${query}`), request, { notFoundPath: "/account/insights" })
}
