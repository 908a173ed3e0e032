import { documentResponse, fetchCustomerDocument } from "@/lib/data/documents"

/** The statement for a range as CSV, made by Medusa for the signed-in customer. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const range = new URLSearchParams({ from: url.searchParams.get("from") ?? "", to: url.searchParams.get("to") ?? "" })
  return documentResponse(await fetchCustomerDocument(`/store/portal/statement/csv?${range}`), request, { notFoundPath: `/account/statements?${range}` })
}
