import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"
import { publishedOrAuthenticated } from "../../access/publishedOrAuthenticated"
import { revalidateHelpAfterChange, revalidateHelpAfterDelete } from "../../hooks/revalidateHelp"

/** Frequently asked questions shown on the portal's Help page, grouped by category. */
export const Faqs: CollectionConfig = {
  slug: "faqs",
  labels: { singular: "FAQ", plural: "FAQs" },
  admin: {
    useAsTitle: "question",
    defaultColumns: ["question", "category", "sortOrder", "_status", "updatedAt"],
    description: "Questions customers ask most, on the help centre's front page by category. Published entries show within seconds.",
    group: "Help centre",
  },
  access: {
    create: authenticated,
    delete: authenticated,
    read: publishedOrAuthenticated,
    update: authenticated,
  },
  defaultSort: "sortOrder",
  versions: { drafts: true },
  hooks: { afterChange: [revalidateHelpAfterChange], afterDelete: [revalidateHelpAfterDelete] },
  fields: [
    { name: "question", type: "text", required: true, maxLength: 200 },
    {
      name: "answer",
      type: "textarea",
      required: true,
      admin: { description: "Plain text. Leave a blank line between paragraphs." },
    },
    { name: "category", type: "relationship", relationTo: "help-categories", required: true },
    {
      name: "sortOrder",
      type: "number",
      defaultValue: 100,
      admin: { position: "sidebar", description: "Lower numbers show first within a category." },
    },
  ],
}
