import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"

/** Content editors who sign in to the CMS admin. Customers never have accounts here. */
export const Users: CollectionConfig = {
  slug: "users",
  admin: { useAsTitle: "email", defaultColumns: ["name", "email"] },
  // Like customers' and staff sign-in: 5 wrong passwords lock the login for 15 minutes (Payload counts and locks).
  auth: { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000 },
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
