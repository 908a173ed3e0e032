import { model } from "@medusajs/framework/utils"

/**
 * A monthly statement as it was produced on the 1st: the figures are kept as issued, so the customer downloads the
 * same statement later even after OrderFlow changes. One per customer and month.
 */
export const Statement = model
  .define("invoicing_statement", {
    id: model.id({ prefix: "stmt" }).primaryKey(),
    customer_id: model.text(),
    cust_no: model.text(),
    /** The month, as YYYY-MM. */
    period: model.text(),
    from_date: model.text(),
    to_date: model.text(),
    opening_balance: model.bigNumber(),
    closing_balance: model.bigNumber(),
    /** The whole statement (entries, aging) as the portal and the PDF show it. */
    snapshot: model.json(),
    email_to: model.text().nullable(),
    emailed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["cust_no", "period"], unique: true },
    { on: ["customer_id", "period"] },
  ])
