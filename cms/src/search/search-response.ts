import { HELP_SIGNATURE_HEADER, verifyHelpRequest } from "@portal/integrations/help-signature"
import type { Payload } from "payload"
import { recordHelpSearch, searchHelpArticles } from "./help-search"

const MAX_QUERY_LENGTH = 100

/**
 * The help search's answer (`excerpts=1`: with a quote of each body). Public like the articles themselves. The storefront signs the searches a customer
 * settled on (`record=1`): only those count in the content-gap report, so nobody else can fill it.
 */
export async function helpSearchResponse(payload: Payload, params: URLSearchParams, headers: Headers): Promise<Response> {
  const query = String(params.get("q") ?? "").trim()
  const limit = Math.min(Math.max(Number(params.get("limit")) || 10, 1), 50)
  if (!query) return Response.json({ message: "Type a word or two to search for." }, { status: 400 })
  if (query.length > MAX_QUERY_LENGTH) return Response.json({ message: `Search for at most ${MAX_QUERY_LENGTH} characters.` }, { status: 400 })
  const record = params.get("record") === "1"
  if (record && !verifyHelpRequest(process.env.CMS_STOREFRONT_SECRET ?? "", headers.get(HELP_SIGNATURE_HEADER), `search:${query}`)) {
    return Response.json({ message: "Only the storefront may record searches." }, { status: 403 })
  }
  const started = performance.now()
  const result = await searchHelpArticles(payload, query, limit, { excerpts: params.get("excerpts") === "1" })
  if (record) await recordHelpSearch(payload, query, result.total)
  return Response.json(result, { headers: { "cache-control": "no-store", "server-timing": `search;dur=${(performance.now() - started).toFixed(1)}` } })
}
