import type { CollectionAfterChangeHook } from "payload"
import { addSearchWords } from "../../../search/help-search"
import type { HelpArticle } from "../../../payload-types"

/** A published article's words become words a misspelt search can be corrected to. */
export const collectSearchWords: CollectionAfterChangeHook<HelpArticle> = async ({ doc, req }) => {
  if (doc._status === "published" && doc.searchText) await addSearchWords(req, doc.searchText)
  return doc
}
