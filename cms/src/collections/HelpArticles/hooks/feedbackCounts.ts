import type { FieldHook } from "payload"

/**
 * The article's helpful / not helpful counts, counted when an editor reads it (the admin's list and edit views);
 * nothing is stored on the article, so a vote never makes a new version. Visitors never see them.
 */
export const feedbackCount =
  (helpful: boolean): FieldHook =>
  async ({ originalDoc, req }) => {
    if (!req.user || originalDoc?.id === undefined) return undefined
    const { totalDocs } = await req.payload.count({
      collection: "help-feedback",
      where: { and: [{ article: { equals: originalDoc.id } }, { helpful: { equals: helpful } }] },
      req,
    })
    return totalDocs
  }
