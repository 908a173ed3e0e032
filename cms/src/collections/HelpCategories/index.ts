import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"
import { anyone } from "../../access/anyone"
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
    {
      name: "slug",
      type: "text",
      required: true,
      unique: true,
      index: true,
      validate: (value: string | null | undefined) => (value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) || "Use lower-case letters, digits and hyphens, like orders-and-delivery.",
    },
    { name: "description", type: "textarea", maxLength: 300 },
    { name: "sortOrder", type: "number", defaultValue: 100, admin: { position: "sidebar", description: "Lower numbers show first." } },
  ],
}
