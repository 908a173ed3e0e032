import { model } from "@medusajs/framework/utils"
import { ACCOUNT_ROLES } from "./account-membership"

/**
 * An emailed invitation to join a customer account with a role. The link carries a random token; only its hash is
 * kept. Valid for 72 hours and once: accepting, cancelling or a newer invitation to the same email ends it.
 */
export const TeamInvitation = model
  .define("team_invitation", {
    id: model.id({ prefix: "tinv" }).primaryKey(),
    customer_id: model.text(),
    /** Lower-cased. */
    email: model.text(),
    role: model.enum([...ACCOUNT_ROLES]),
    location_ids: model.json().nullable(),
    /** SHA-256 of the link's token, hex. */
    token_hash: model.text(),
    expires_at: model.dateTime(),
    invited_by: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
    accepted_person_id: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["token_hash"], unique: true }, { on: ["customer_id", "email"] }])
