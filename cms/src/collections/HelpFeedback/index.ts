import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"
import { nobody } from "../../access/nobody"
import { voteEndpoint } from "./endpoints/vote"

/**
 * "Was this helpful?" answers, one per visitor and article (a second answer replaces the first). Written only by
 * the storefront through the signed vote endpoint; editors read them here and on each article.
 */
export const HelpFeedback: CollectionConfig = {
  slug: "help-feedback",
  labels: { singular: "Article feedback", plural: "Article feedback" },
  admin: {
    useAsTitle: "comment",
    defaultColumns: ["article", "helpful", "comment", "updatedAt"],
    group: "Help centre",
    description: "What customers said about the help articles. Each visitor counts once per article.",
  },
  access: { create: nobody, delete: authenticated, read: authenticated, update: nobody },
  defaultSort: "-updatedAt",
  indexes: [{ fields: ["article", "visitor"], unique: true }],
  endpoints: [voteEndpoint],
  fields: [
    { name: "article", type: "relationship", relationTo: "help-articles", required: true, index: true },
    { name: "helpful", type: "checkbox", required: true, defaultValue: false },
    { name: "comment", type: "textarea", maxLength: 1000 },
    {
      name: "visitor",
      type: "text",
      required: true,
      admin: { readOnly: true, description: "An anonymous id of the visitor (a hash: not who they are)." },
    },
  ],
}
