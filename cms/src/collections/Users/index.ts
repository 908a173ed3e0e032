import type { CollectionConfig } from "payload"
import { authenticated } from "../../access/authenticated"
import { admins, adminsOnlyField, adminsOrSelf } from "../../access/editors"

/**
 * People who sign in to the CMS admin: editors write and publish help content; admins also manage these accounts.
 * Customers never have accounts here.
 */
export const Users: CollectionConfig = {
  slug: "users",
  admin: { useAsTitle: "email", defaultColumns: ["name", "email", "roles"] },
  // Like customers' and staff sign-in: 5 wrong passwords lock the login for 15 minutes (Payload counts and locks).
  auth: { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000 },
  access: {
    admin: authenticated,
    create: admins,
    delete: admins,
    read: authenticated,
    update: adminsOrSelf,
  },
  fields: [
    { name: "name", type: "text" },
    {
      name: "roles",
      type: "select",
      hasMany: true,
      required: true,
      defaultValue: ["editor"],
      saveToJWT: true,
      options: [
        { label: "Editor (writes and publishes help content)", value: "editor" },
        { label: "Admin (also manages CMS accounts)", value: "admin" },
      ],
      access: { create: adminsOnlyField, update: adminsOnlyField },
    },
  ],
  timestamps: true,
}
