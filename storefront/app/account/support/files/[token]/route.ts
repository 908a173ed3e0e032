import { fetchCustomerDocument } from "@/lib/data/documents"

/**
 * A ticket's file through its signed link, with the signed-in person's session: Medusa checks the link is for this
 * account and that the person may read the ticket. Always a download (or an <img>), never a page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const upstream = await fetchCustomerDocument(`/store/portal/ticket-files/${encodeURIComponent(token)}`).catch(() => null)
  if (!upstream) return new Response("The file could not be fetched just now. Please try again in a minute.", { status: 502, headers: { "content-type": "text/plain; charset=utf-8" } })
  if (!upstream.ok || !upstream.body) {
    const message = ((await upstream.json().catch(() => null)) as { message?: string } | null)?.message ?? "That file was not found."
    return new Response(message, { status: upstream.status === 401 ? 401 : upstream.status === 410 ? 410 : 404, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'; sandbox" })
  for (const name of ["content-type", "content-disposition", "content-length"]) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: 200, headers })
}
