import { model } from "@medusajs/framework/utils"

/**
 * A person who signs in to the portal. One person may act for several customer accounts (memberships); their
 * login is a portal auth identity, known by `auth_entity_id`: the customer number for the logins that came before
 * people (the account's own login, so signing in by customer number keeps working), the email for everyone since.
 */
export const PortalPerson = model
  .define("portal_person", {
    id: model.id({ prefix: "pers" }).primaryKey(),
    /** Lower-cased; one person per email. */
    email: model.text(),
    full_name: model.text().nullable(),
    auth_entity_id: model.text(),
    status: model.enum(["active", "disabled"]).default("active"),
    disabled_at: model.dateTime().nullable(),
    last_sign_in_at: model.dateTime().nullable(),
    /** A new password voids every sign-in token and link issued to the person before it. */
    access_revoked_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["email"], unique: true },
    { on: ["auth_entity_id"], unique: true },
  ])
