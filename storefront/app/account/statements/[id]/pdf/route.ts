import { requestDownloadLink } from "@/lib/data/invoices"

/** A stored monthly statement's PDF, through a fresh short-lived link. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const token = /^stmt_\w+$/.test(id) ? await requestDownloadLink(`/store/portal/statements/${id}/download-link`) : null
  return Response.redirect(new URL(token ? `/account/downloads/${token}` : "/account/statements", request.url), 303)
}
