import { documentResponse, fetchCustomerDocument } from "@/lib/data/documents"

const REASONS: Record<number, string> = { 410: "expired", 403: "foreign", 400: "invalid" }

/**
 * Follows a signed download link with the signed-in customer's session. Medusa checks the link is theirs and still
 * valid; an expired, foreign or broken link lands on a page that says so, never on the file.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const upstream = await fetchCustomerDocument(`/store/portal/downloads/${encodeURIComponent(token)}`)
  const reason = REASONS[upstream.status]
  if (reason) return Response.redirect(new URL(`/account/downloads/unavailable?reason=${reason}`, request.url), 303)
  return documentResponse(upstream, request, { notFoundPath: "/account/downloads/unavailable?reason=invalid" })
}
