import { HELP_PAGES } from "@portal/integrations/help"
import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"
import { editorsOnlyField } from "../../access/editors"
import { slugField } from "../../fields/slug"
import { publishedOrAuthenticated } from "../../access/publishedOrAuthenticated"
import { collectSearchWords } from "./hooks/collectSearchWords"
import { deriveArticleText } from "./hooks/deriveArticleText"
import { feedbackCount } from "./hooks/feedbackCounts"
import { revalidateHelpAfterChange, revalidateHelpAfterDelete } from "../../hooks/revalidateHelp"
import { helpPreviewEndpoint } from "./endpoints/preview"
import { previewUrl } from "./preview"

/**
 * Help articles customers read in the portal's help centre, and beside the pages they are tagged for. Editors
 * write drafts (autosaved, versioned, restorable), preview them live in the storefront's own article page,
 * publish now or schedule it; only published versions are public.
 */
export const HelpArticles: CollectionConfig = {
  slug: "help-articles",
  labels: { singular: "Help article", plural: "Help articles" },
  admin: {
    useAsTitle: "title",
    defaultColumns: ["title", "category", "helpfulCount", "notHelpfulCount", "_status", "updatedAt"],
    group: "Help centre",
    description: "Articles customers find in the portal's help centre and beside the pages they are tagged for.",
    // Opens beside the editor at once: what the customer will see, refreshed on every autosave.
    livePreview: { url: ({ data }) => previewUrl(data?.id as string | number | undefined), openByDefault: true },
    preview: (doc) => previewUrl(doc?.id as string | number | undefined),
  },
  access: {
    create: authenticated,
    delete: authenticated,
    read: publishedOrAuthenticated,
    readVersions: authenticated,
    update: authenticated,
  },
  defaultSort: "title",
  versions: {
    drafts: { autosave: { interval: 1_500 }, schedulePublish: { timeFormat: "HH:mm" } },
    maxPerDoc: 50,
  },
  // Its search is a route of its own: app/(payload)/api/help-articles/search.
  endpoints: [helpPreviewEndpoint],
  hooks: {
    beforeChange: [deriveArticleText],
    afterChange: [collectSearchWords, revalidateHelpAfterChange],
    afterDelete: [revalidateHelpAfterDelete],
  },
  fields: [
    { name: "title", type: "text", required: true, maxLength: 120 },
    slugField("title", "The article's address: /help/articles/<slug>."),
    { name: "category", type: "relationship", relationTo: "help-categories", required: true, admin: { position: "sidebar" } },
    {
      name: "summary",
      type: "textarea",
      required: true,
      maxLength: 240,
      admin: { description: "One sentence: shown in search results and lists, and read by search." },
    },
    { name: "body", type: "richText", required: true },
    {
      name: "related",
      type: "relationship",
      relationTo: "help-articles",
      hasMany: true,
      maxRows: 5,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { description: "Shown at the end of the article as “Related articles”." },
    },
    {
      name: "pages",
      label: "Portal pages",
      type: "select",
      hasMany: true,
      options: HELP_PAGES.map(({ label, value }) => ({ label, value })),
      admin: { position: "sidebar", description: "The article shows as help on these pages of the portal; put first the page it matters most to." },
    },
    {
      name: "keywords",
      type: "text",
      maxLength: 300,
      admin: { position: "sidebar", description: "Other words customers use for this (comma-separated): search reads them." },
    },
    {
      name: "helpfulCount",
      label: "Helpful",
      type: "number",
      virtual: true,
      admin: { position: "sidebar", readOnly: true, description: "Visitors who said this article helped." },
      access: { read: editorsOnlyField },
      hooks: { afterRead: [feedbackCount(true)] },
    },
    {
      name: "notHelpfulCount",
      label: "Not helpful",
      type: "number",
      virtual: true,
      admin: { position: "sidebar", readOnly: true },
      access: { read: editorsOnlyField },
      hooks: { afterRead: [feedbackCount(false)] },
    },
    {
      name: "feedback",
      type: "join",
      collection: "help-feedback",
      on: "article",
      defaultSort: "-updatedAt",
      defaultLimit: 20,
      admin: { defaultColumns: ["helpful", "comment", "updatedAt"], description: "What visitors said, newest first." },
      access: { read: editorsOnlyField },
    },
    // Derived on save (hooks/deriveArticleText): what the storefront renders and what search reads.
    { name: "bodyHtml", type: "textarea", admin: { hidden: true } },
    { name: "outline", type: "json", admin: { hidden: true } },
    { name: "searchText", type: "textarea", admin: { hidden: true } },
  ],
}
