import { requestDownloadLink } from "@/lib/data/invoices"

/** A fresh, short-lived link for the invoice PDF, then straight on to it: links on the page never go stale. */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params
  const valid = /^(INV|CRN)\d{1,10}$/i.test(number)
  const token = valid ? await requestDownloadLink(`/store/portal/invoices/${number.toUpperCase()}/download-link`) : null
  const target = token ? `/account/downloads/${token}` : `/account/invoices/${valid ? number.toUpperCase() : "unknown"}`
  return Response.redirect(new URL(target, request.url), 303)
}
