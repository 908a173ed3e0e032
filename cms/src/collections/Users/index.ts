import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"

/** Content editors who sign in to the CMS admin. Customers never have accounts here. */
export const Users: CollectionConfig = {
  slug: "users",
  admin: { useAsTitle: "email", defaultColumns: ["name", "email"] },
  auth: true,
  access: {
    admin: authenticated,
    create: authenticated,
    delete: authenticated,
    read: authenticated,
    update: authenticated,
  },
  fields: [{ name: "name", type: "text" }],
  timestamps: true,
}
