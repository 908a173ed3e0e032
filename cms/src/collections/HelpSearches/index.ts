import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"
import { nobody } from "../../access/nobody"

/**
 * What customers searched the help centre for (searches they settled on, not every keystroke), counted. Those
 * that found nothing are the content-gap report: the dashboard lists the most frequent.
 */
export const HelpSearches: CollectionConfig = {
  slug: "help-searches",
  labels: { singular: "Help search", plural: "Help searches" },
  admin: {
    useAsTitle: "query",
    defaultColumns: ["query", "timesSearched", "lastResultCount", "lastSearchedAt"],
    group: "Help centre",
    description: "Customers' searches, most frequent first. Filter “Results last time” equals 0 for what they could not find.",
  },
  access: { create: nobody, delete: authenticated, read: authenticated, update: nobody },
  defaultSort: "-timesSearched",
  fields: [
    { name: "query", type: "text", required: true, unique: true, index: true },
    { name: "timesSearched", type: "number", required: true, defaultValue: 1, index: true },
    { name: "lastResultCount", label: "Results last time", type: "number", required: true, defaultValue: 0 },
    { name: "lastSearchedAt", type: "date", required: true, admin: { date: { pickerAppearance: "dayAndTime" } } },
  ],
}
