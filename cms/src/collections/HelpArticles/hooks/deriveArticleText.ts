import { convertLexicalToHTML, type HTMLConvertersFunction } from "@payloadcms/richtext-lexical/html"
import { convertLexicalToPlaintext } from "@payloadcms/richtext-lexical/plaintext"
import type { SerializedEditorState } from "@payloadcms/richtext-lexical/lexical"
import type { CollectionBeforeChangeHook } from "payload"
import { slugify } from "../../../fields/slug"
import type { HelpArticle } from "../../../payload-types"

/** A heading's anchor: "Paying by EFT" → "paying-by-eft" (the slug rule), so a link can point at a section. */
const anchorOf = (text: string) => slugify(text) || "section"

interface HeadingNode {
  type: string
  tag?: string
  text?: string
  children?: HeadingNode[]
}

const textOf = (node: HeadingNode): string => node.text ?? (node.children ?? []).map(textOf).join("")

/** Headings get ids (their anchors) in the HTML; the same ids make the article's outline. */
const withAnchors: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  heading: ({ node, nodesToHTML }) => {
    const tag = ["h2", "h3", "h4"].includes(node.tag) ? node.tag : "h2"
    return `<${tag} id="${anchorOf(textOf(node as HeadingNode))}">${nodesToHTML({ nodes: node.children }).join("")}</${tag}>`
  },
})

/**
 * What the storefront shows and searches, derived from the rich text when the article is saved (drafts too, so a
 * preview matches): the HTML (Payload's converter escapes text and sanitises links), the outline of its h2
 * headings, and the body's plain text (the search index weighs it below the title, summary and keywords, and quotes
 * it in results).
 */
export const deriveArticleText: CollectionBeforeChangeHook<HelpArticle> = ({ data }) => {
  const body = data.body as SerializedEditorState | undefined
  if (!body?.root) return data
  const outline = (body.root.children as HeadingNode[])
    .filter((node) => node.type === "heading" && node.tag === "h2")
    .map((node) => ({ text: textOf(node), anchor: anchorOf(textOf(node)) }))
  return {
    ...data,
    bodyHtml: convertLexicalToHTML({ data: body, converters: withAnchors, disableContainer: true }),
    outline,
    searchText: convertLexicalToPlaintext({ data: body }),
  }
}
