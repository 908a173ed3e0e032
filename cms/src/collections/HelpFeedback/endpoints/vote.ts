import { HELP_SIGNATURE_HEADER, verifyHelpRequest } from "@portal/integrations/help-signature"
import type { Endpoint } from "payload"
import { z } from "zod"

const Vote = z.object({
  article: z.string({ required_error: "Say which article." }).trim().min(1, "Say which article.").max(100),
  visitor: z.string({ required_error: "Say who answered." }).regex(/^[0-9a-f]{64}$/, "The visitor is a SHA-256 hash."),
  helpful: z.boolean({ required_error: "Say whether the article helped (true or false).", invalid_type_error: "Say whether the article helped (true or false)." }),
  comment: z.string().trim().max(1000, "Keep the comment to 1,000 characters.").optional(),
})

/**
 * POST /api/help-feedback/vote: the storefront's signed record of a visitor's "Was this helpful?" answer for a
 * published article (by slug). A visitor's second answer to the same article replaces the first.
 */
export const voteEndpoint: Endpoint = {
  path: "/vote",
  method: "post",
  handler: async (req) => {
    const body = req.text ? await req.text() : ""
    if (!verifyHelpRequest(process.env.CMS_STOREFRONT_SECRET ?? "", req.headers.get(HELP_SIGNATURE_HEADER), body)) {
      return Response.json({ message: "Only the storefront may record feedback." }, { status: 403 })
    }
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      return Response.json({ message: "Send the vote as JSON." }, { status: 400 })
    }
    const parsed = Vote.safeParse(json)
    if (!parsed.success) return Response.json({ message: parsed.error.issues.map((issue) => issue.message).join(" ") }, { status: 400 })
    const { article: slug, visitor, helpful, comment } = parsed.data
    const { docs } = await req.payload.find({ collection: "help-articles", where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false, req })
    const article = docs[0]
    if (!article) return Response.json({ message: "There is no published article with that address." }, { status: 404 })

    const data = { article: article.id, visitor, helpful, comment: comment || null }
    const existing = await req.payload.find({
      collection: "help-feedback",
      where: { and: [{ article: { equals: article.id } }, { visitor: { equals: visitor } }] },
      limit: 1,
      depth: 0,
      req,
    })
    const saved = existing.docs[0]
      ? await req.payload.update({ collection: "help-feedback", id: existing.docs[0].id, data, req })
      : await req.payload.create({ collection: "help-feedback", data, req })
    return Response.json({ id: saved.id, helpful: saved.helpful }, { status: existing.docs[0] ? 200 : 201 })
  },
}
