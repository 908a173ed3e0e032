import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"
import { publishedOrAuthenticated } from "../../access/publishedOrAuthenticated"

export const FAQ_CATEGORIES = [
  { label: "Orders and delivery", value: "orders" },
  { label: "Invoices and payments", value: "invoices" },
  { label: "Your account", value: "account" },
  { label: "Returns and support", value: "support" },
] as const

/** Frequently asked questions shown on the portal's Help page, grouped by category. */
export const Faqs: CollectionConfig = {
  slug: "faqs",
  labels: { singular: "FAQ", plural: "FAQs" },
  admin: {
    useAsTitle: "question",
    defaultColumns: ["question", "category", "sortOrder", "_status", "updatedAt"],
    description: "Questions customers ask most. Published entries appear on the portal's Help page at once.",
  },
  access: {
    create: authenticated,
    delete: authenticated,
    read: publishedOrAuthenticated,
    update: authenticated,
  },
  defaultSort: "sortOrder",
  versions: { drafts: true },
  fields: [
    { name: "question", type: "text", required: true, maxLength: 200 },
    {
      name: "answer",
      type: "textarea",
      required: true,
      admin: { description: "Plain text. Leave a blank line between paragraphs." },
    },
    { name: "category", type: "select", required: true, defaultValue: "orders", options: [...FAQ_CATEGORIES] },
    {
      name: "sortOrder",
      type: "number",
      defaultValue: 100,
      admin: { position: "sidebar", description: "Lower numbers show first within a category." },
    },
  ],
}
