import type { CollectionAfterChangeHook } from "payload"
import { addSearchWords } from "../../../search/help-search"
import type { HelpArticle } from "../../../payload-types"

/** A published article's words become words a misspelt search can be corrected to. */
export const collectSearchWords: CollectionAfterChangeHook<HelpArticle> = async ({ doc, req }) => {
  if (doc._status === "published") await addSearchWords(req, [doc.title, doc.summary, doc.keywords, doc.searchText].filter(Boolean).join(" "))
  return doc
}
