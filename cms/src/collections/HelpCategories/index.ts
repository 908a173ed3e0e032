import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"
import { anyone } from "../../access/anyone"
import { slugField } from "../../fields/slug"
import { revalidateHelpAfterChange, revalidateHelpAfterDelete } from "../../hooks/revalidateHelp"

/** The help centre's sections ("Orders and delivery"); articles and FAQs each belong to one. */
export const HelpCategories: CollectionConfig = {
  slug: "help-categories",
  labels: { singular: "Help category", plural: "Help categories" },
  admin: { useAsTitle: "title", defaultColumns: ["title", "slug", "sortOrder"], group: "Help centre" },
  access: { create: authenticated, delete: authenticated, read: anyone, update: authenticated },
  defaultSort: "sortOrder",
  hooks: { afterChange: [revalidateHelpAfterChange], afterDelete: [revalidateHelpAfterDelete] },
  fields: [
    { name: "title", type: "text", required: true, maxLength: 80 },
    slugField("title", "Names the category in the help centre's page addresses and anchors."),
    { name: "description", type: "textarea", maxLength: 300 },
    { name: "sortOrder", type: "number", defaultValue: 100, admin: { position: "sidebar", description: "Lower numbers show first." } },
  ],
}
