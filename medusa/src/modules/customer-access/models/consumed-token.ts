import { model } from "@medusajs/framework/utils"

/** A one-time link (activation, password reset, email confirmation) that has been used: it never works twice. */
export const ConsumedToken = model.define("consumed_token", {
  id: model.id({ prefix: "ctok" }).primaryKey(),
  /** SHA-256 of the token, hex. */
  token_hash: model.text().unique(),
  purpose: model.text(),
  customer_id: model.text().nullable(),
})
