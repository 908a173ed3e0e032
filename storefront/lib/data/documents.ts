import "server-only"
import { backendConfig } from "../config"
import { customerHeaders } from "./session"

/**
 * A document (PDF, CSV, XML) from Medusa on behalf of the signed-in customer, passed through as a stream: the file is
 * made and watermarked by Medusa, which also checks that it is the customer's own and audits the download.
 */
export async function fetchCustomerDocument(path: string): Promise<Response> {
  const { medusaUrl, publishableKey } = backendConfig()
  return fetch(new URL(path, medusaUrl), {
    headers: { ...(await customerHeaders()), "x-publishable-api-key": publishableKey },
    cache: "no-store",
  })
}

/** The storefront's answer for a document download: the file itself, or where to go when Medusa refused it. */
export function documentResponse(upstream: Response, request: Request, { notFoundPath }: { notFoundPath: string }): Response {
  if (upstream.ok && upstream.body) {
    const headers = new Headers({ "Cache-Control": "private, no-store" })
    for (const name of ["content-type", "content-disposition", "content-length", "x-export-items"]) {
      const value = upstream.headers.get(name)
      if (value) headers.set(name, value)
    }
    return new Response(upstream.body, { status: 200, headers })
  }
  const here = new URL(request.url)
  if (upstream.status === 401) return Response.redirect(new URL(`/login?expired=1&next=${encodeURIComponent(here.pathname)}`, here), 303)
  // The page it belongs to says "not found" in the portal's own words.
  if (upstream.status === 404 || upstream.status === 400) return Response.redirect(new URL(notFoundPath, here), 303)
  return new Response("The document could not be made just now. Please try again in a minute.", { status: 502, headers: { "content-type": "text/plain; charset=utf-8" } })
}
