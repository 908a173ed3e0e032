import { requestDownloadLink } from "@/lib/data/invoices"

/** The statement PDF for a range, through a fresh short-lived link. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const from = url.searchParams.get("from") ?? ""
  const to = url.searchParams.get("to") ?? ""
  const token = await requestDownloadLink("/store/portal/statement/download-link", { from, to })
  const back = `/account/statements?${new URLSearchParams({ from, to })}`
  return Response.redirect(new URL(token ? `/account/downloads/${token}` : back, request.url), 303)
}
