import { model } from "@medusajs/framework/utils"

/**
 * One signed-in portal session. The storefront holds the session's bearer token; the backend keeps only its hash
 * and decides on every request whether the session is still alive (idle and absolute limits), so a copied token
 * dies with its session and signing out ends it here, not just in a cookie.
 */
export const CustomerSession = model
  .define("customer_session", {
    id: model.id({ prefix: "csess" }).primaryKey(),
    /** The account the session acts for (switching accounts starts a new session). */
    customer_id: model.text(),
    /** The person signed in; null only for sessions from before people existed, which are no longer accepted. */
    person_id: model.text().nullable(),
    /** SHA-256 of the bearer token, hex. */
    token_hash: model.text().unique(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    last_seen_at: model.dateTime(),
    /** The absolute end, however active the customer is. */
    expires_at: model.dateTime(),
    ended_at: model.dateTime().nullable(),
    end_reason: model.enum(["signed_out", "idle", "expired", "password_changed", "access_removed", "switched", "sso_logout"]).nullable(),
    /** Set when the person signed in through a company's identity provider: its back-channel logout ends the session. */
    sso_connection_id: model.text().nullable(),
    /** The id_token's `sub` and `sid` (the provider's session), as a logout token names them. */
    sso_subject: model.text().nullable(),
    sso_session_id: model.text().nullable(),
  })
  // expires_at: the nightly cleanup finds the sessions past their retention without reading the whole table.
  .indexes([{ on: ["customer_id", "ended_at"] }, { on: ["person_id", "ended_at"] }, { on: ["sso_connection_id", "sso_subject"] }, { on: ["expires_at"] }])
