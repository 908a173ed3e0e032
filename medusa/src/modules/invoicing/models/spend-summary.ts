import { model } from "@medusajs/framework/utils"

/**
 * What an account spent, per calendar month of the documents' issue dates and per delivery location: the Insights
 * page's figures. The sync rewrites a customer's month whenever one of its invoices or credit notes changes
 * (repositories/spend-summary.ts), so a page view reads a few summary rows, never the order history. Amounts are
 * OrderFlow's own, excluding VAT: invoices and credit notes that are not void, as rand (exact numerics).
 */
export const SpendMonth = model
  .define("invoicing_spend_month", {
    id: model.id({ prefix: "spmon" }).primaryKey(),
    customer_id: model.text(),
    /** YYYY-MM. */
    month: model.text(),
    /** OrderFlow delivery address of the documents' orders; 0 for documents without one. */
    location_id: model.number(),
    invoices: model.number(),
    credit_notes: model.number(),
    invoiced: model.bigNumber(),
    credited: model.bigNumber(),
  })
  .indexes([{ on: ["customer_id", "month", "location_id"], unique: true }])

/** The same per product (OrderFlow SKU; "" for credit lines without one, "~adjustment" where lines miss the total). */
export const SpendProduct = model
  .define("invoicing_spend_product", {
    id: model.id({ prefix: "spprd" }).primaryKey(),
    customer_id: model.text(),
    month: model.text(),
    location_id: model.number(),
    sku: model.text(),
    /** The description on the month's latest line of the product. */
    description: model.text(),
    invoiced: model.bigNumber(),
    credited: model.bigNumber(),
  })
  .indexes([{ on: ["customer_id", "month", "location_id", "sku"], unique: true }])
