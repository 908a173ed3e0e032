import { HELP_CACHE_TAG } from "@portal/integrations/help"
import { HELP_SIGNATURE_HEADER, signHelpRequest } from "@portal/integrations/help-signature"
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from "payload"
import { afterCommit } from "../lib/after-commit"

interface Publishable {
  _status?: "draft" | "published" | null
}

/**
 * Tells the storefront that published help content changed: a signed POST to its revalidation route, which expires
 * the help cache tag. Sent after the commit; a storefront that is down is logged, never a failed publish (its cache
 * also expires on its own within the hour).
 */
async function tellStorefront(req: PayloadRequest, reason: string): Promise<void> {
  const storefrontUrl = process.env.STOREFRONT_URL
  const secret = process.env.CMS_STOREFRONT_SECRET
  if (!storefrontUrl || !secret) return
  const body = JSON.stringify({ tags: [HELP_CACHE_TAG], reason })
  await afterCommit(req, async () => {
    try {
      const response = await fetch(new URL("/api/revalidate", storefrontUrl), {
        method: "POST",
        headers: { "content-type": "application/json", [HELP_SIGNATURE_HEADER]: signHelpRequest(secret, body) },
        body,
        signal: AbortSignal.timeout(5_000),
      })
      if (!response.ok) req.payload.logger.warn(`The storefront refused to revalidate the help pages (${response.status})`)
    } catch (error) {
      req.payload.logger.warn(`The storefront could not be told to revalidate the help pages: ${(error as Error).message}`)
    }
  })
}

/**
 * Published content may have changed: a publish, a scheduled publish, an unpublish. Drafts of an unpublished
 * article tell nobody. A draft saved over a published one (autosave) cannot be told from an unpublish here (Payload
 * gives hooks no draft flag), so it is told too: the storefront re-reads the published version, which it still is.
 */
export const revalidateHelpAfterChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (context.seeding) return doc
  const hasDrafts = Boolean(collection.versions?.drafts)
  const published = (doc as Publishable)._status === "published"
  const wasPublished = (previousDoc as Publishable | undefined)?._status === "published"
  if (!hasDrafts || published || wasPublished) await tellStorefront(req, `${collection.slug} ${String(doc.id)} changed`)
  return doc
}

export const revalidateHelpAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await tellStorefront(req, `${collection.slug} ${String(doc.id)} deleted`)
  return doc
}
