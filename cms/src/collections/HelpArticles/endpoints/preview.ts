import type { Endpoint } from "payload"
import { articleOfPreviewToken } from "../preview"

/**
 * GET /api/help-articles/preview/:token: the latest draft of the one article a signed preview token names (the
 * token is made for editors by the admin's live preview and Preview button). Anything else is 404.
 */
export const helpPreviewEndpoint: Endpoint = {
  path: "/preview/:token",
  method: "get",
  handler: async (req) => {
    const articleId = articleOfPreviewToken(String(req.routeParams?.token ?? ""))
    if (!articleId) return Response.json({ message: "This preview link is not valid or has expired. Open the preview again from the CMS." }, { status: 404 })
    const article = await req.payload
      .findByID({ collection: "help-articles", id: articleId, draft: true, depth: 1, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!article) return Response.json({ message: "This article no longer exists." }, { status: 404 })
    const { feedback: _feedback, helpfulCount: _helpful, notHelpfulCount: _notHelpful, ...draft } = article
    return Response.json(draft, { headers: { "cache-control": "no-store" } })
  },
}
