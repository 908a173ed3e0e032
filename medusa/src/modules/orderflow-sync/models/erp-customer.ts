import { model } from "@medusajs/framework/utils"

/** An OrderFlow customer (cust_master) and the Medusa customer it became. */
export const ErpCustomer = model
  .define("erp_customer", {
    id: model.id({ prefix: "erpcus" }).primaryKey(),
    cust_no: model.text().unique(),
    customer_id: model.text().index(),
    name: model.text(),
    segment: model.enum(["R", "H", "E", "I"]),
    /** The ERP's email, cleaned; null when missing or unusable (then the customer signs in by number). */
    email: model.text().nullable(),
    email_shared: model.boolean().default(false),
    vat_no: model.text().nullable(),
    credit_limit: model.bigNumber(),
    terms_days: model.number(),
    active: model.boolean(),
    last_upd: model.text(),
  })
