import { model } from "@medusajs/framework/utils"
import { ACCOUNT_ROLES, type AccountRole } from "@portal/integrations/roles"

export { ACCOUNT_ROLES, type AccountRole }

/**
 * A person's place in one customer account: their role there and, optionally, the delivery addresses
 * ("locations") they are limited to. Read on every request, so a change applies to the next one.
 */
export const AccountMembership = model
  .define("account_membership", {
    id: model.id({ prefix: "mbr" }).primaryKey(),
    person_id: model.text(),
    customer_id: model.text(),
    role: model.enum([...ACCOUNT_ROLES]),
    /** Customer address ids the person is limited to; null: every address of the account. */
    location_ids: model.json().nullable(),
    /** Who gave the access: a person id, "staff:<user id>", or "activation" for the account's first login. */
    granted_by: model.text().nullable(),
    last_used_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["person_id", "customer_id"], unique: true }, { on: ["customer_id"] }])
