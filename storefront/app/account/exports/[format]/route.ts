import { documentResponse, fetchCustomerDocument } from "@/lib/data/documents"

/** An accounting export streamed through from Medusa, with X-Export-Items for the progress bar. */
export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params
  const url = new URL(request.url)
  const query = new URLSearchParams()
  for (const name of ["from", "to", "account_code"]) {
    const value = url.searchParams.get(name)
    if (value) query.set(name, value)
  }
  const upstream = await fetchCustomerDocument(`/store/portal/exports/${encodeURIComponent(format)}?${query}`)
  if (upstream.status === 400) {
    const { message } = (await upstream.json().catch(() => ({ message: "This export could not be made." }))) as { message: string }
    return Response.json({ message }, { status: 400 })
  }
  return documentResponse(upstream, request, { notFoundPath: "/account/exports" })
}
