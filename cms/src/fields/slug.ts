import type { FieldHook, TextField } from "payload"

export const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)

/**
 * A URL slug filled in from another field until an editor types their own (which is made a slug too); unique within
 * the collection. `description`: where the address shows.
 */
export const slugField = (from: string, description: string): TextField => {
  const fillFromTitle: FieldHook = ({ data, value }) => (typeof value === "string" && value ? slugify(value) : slugify(String(data?.[from] ?? "")))
  return {
    name: "slug",
    type: "text",
    required: true,
    unique: true,
    index: true,
    admin: { position: "sidebar", description: `${description} Filled in from the title.` },
    hooks: { beforeValidate: [fillFromTitle] },
  }
}
