import { model } from "@medusajs/framework/utils"

/**
 * A change to key into OrderFlow (which the portal cannot write): one a customer made in the portal, which the sync
 * marks done when the ERP shows the same data, or a credit note or redelivery staff asked for from a support ticket,
 * which staff mark done once entered.
 */
export const ErpChangeRequest = model
  .define("erp_change_request", {
    id: model.id({ prefix: "erpchg" }).primaryKey(),
    customer_id: model.text(),
    cust_no: model.text(),
    kind: model.enum(["profile", "email", "address_added", "address_changed", "address_removed", "credit_note", "redelivery"]),
    /** What to enter, in words, e.g. "Phone: 011 555 0100 → 082 555 0199". */
    summary: model.text(),
    /** Field by field: { phone: { from, to } }. */
    changes: model.json(),
    /** The Medusa address concerned, and its OrderFlow address number when it came from the ERP. */
    address_id: model.text().nullable(),
    erp_addr_id: model.number().nullable(),
    /** Who asked: the customer's email or number. */
    requested_by: model.text().nullable(),
    /** The support ticket it came from (a credit note or redelivery), and its OrderFlow order. */
    support_ticket_id: model.text().nullable(),
    ord_no: model.number().nullable(),
    status: model.enum(["pending", "done"]).default("pending"),
    done_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "created_at"] }, { on: ["customer_id", "status"] }, { on: ["support_ticket_id"] }])
