import { model } from "@medusajs/framework/utils"

/**
 * A change a customer made in the portal that staff must key into OrderFlow (which the portal cannot write).
 * The sync marks it done when the ERP shows the same data.
 */
export const ErpChangeRequest = model
  .define("erp_change_request", {
    id: model.id({ prefix: "erpchg" }).primaryKey(),
    customer_id: model.text(),
    cust_no: model.text(),
    kind: model.enum(["profile", "email", "address_added", "address_changed", "address_removed"]),
    /** What to enter, in words, e.g. "Phone: 011 555 0100 → 082 555 0199". */
    summary: model.text(),
    /** Field by field: { phone: { from, to } }. */
    changes: model.json(),
    /** The Medusa address concerned, and its OrderFlow address number when it came from the ERP. */
    address_id: model.text().nullable(),
    erp_addr_id: model.number().nullable(),
    /** Who asked: the customer's email or number. */
    requested_by: model.text().nullable(),
    status: model.enum(["pending", "done"]).default("pending"),
    done_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "created_at"] }, { on: ["customer_id", "status"] }])
