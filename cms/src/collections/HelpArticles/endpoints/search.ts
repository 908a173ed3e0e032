import { HELP_SIGNATURE_HEADER, verifyHelpRequest } from "@portal/integrations/help-signature"
import type { Endpoint } from "payload"
import { recordHelpSearch, searchHelpArticles } from "../../../search/help-search"

const MAX_QUERY_LENGTH = 100

/**
 * GET /api/help-articles/search?q=…&limit=…: published articles matching a query, typos forgiven, with highlights.
 * Public like the articles themselves. The storefront signs the searches a customer settled on (`record=1`): only
 * those count in the content-gap report, so nobody else can fill it.
 */
export const helpSearchEndpoint: Endpoint = {
  path: "/search",
  method: "get",
  handler: async (req) => {
    const query = String(req.searchParams.get("q") ?? "").trim()
    const limit = Math.min(Math.max(Number(req.searchParams.get("limit")) || 10, 1), 50)
    if (!query) return Response.json({ message: "Type a word or two to search for." }, { status: 400 })
    if (query.length > MAX_QUERY_LENGTH) return Response.json({ message: `Search for at most ${MAX_QUERY_LENGTH} characters.` }, { status: 400 })
    const result = await searchHelpArticles(req.payload, query, limit)
    if (req.searchParams.get("record") === "1") {
      const signed = verifyHelpRequest(process.env.CMS_STOREFRONT_SECRET ?? "", req.headers.get(HELP_SIGNATURE_HEADER), `search:${query}`)
      if (!signed) return Response.json({ message: "Only the storefront may record searches." }, { status: 403 })
      await recordHelpSearch(req.payload, query, result.total)
    }
    return Response.json(result, { headers: { "cache-control": "no-store" } })
  },
}
