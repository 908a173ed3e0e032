import { model } from "@medusajs/framework/utils"

/**
 * What OrderFlow knows about an order that Medusa's order model does not: its number, ERP status and history,
 * promised date, PO reference and the ERP's own totals (to the cent).
 */
export const ErpOrder = model
  .define("erp_order", {
    id: model.id({ prefix: "erpord" }).primaryKey(),
    ord_no: model.number().unique(),
    order_id: model.text().index().nullable(),
    cust_no: model.text(),
    customer_id: model.text(),
    status: model.enum(["DR", "PE", "CF", "PR", "PK", "SH", "DL", "CN", "HD"]),
    ordered_at: model.dateTime(),
    status_changed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    po_ref: model.text().nullable(),
    requested_date: model.text().nullable(),
    promised_date: model.text().nullable(),
    sub_total: model.bigNumber(),
    vat_total: model.bigNumber(),
    total: model.bigNumber(),
    currency_code: model.text(),
    notes: model.text().nullable(),
    /** OrderFlow's delivery address (cust_address.addr_id): a person limited to some locations sees only theirs. */
    deliv_addr_id: model.number().nullable(),
    /** That address's province and the order's line count: what delivery estimates compare orders by. */
    deliv_province: model.text().nullable(),
    line_count: model.number().nullable(),
    /** Fingerprint of the lines when last imported: line changes only touch the header (quirk 2). */
    lines_hash: model.text().nullable(),
    /** Each line's SKU and description as ordered, lower-cased: "search by product" reads one column, not the lines. */
    line_search: model.text().nullable(),
    last_upd: model.text(),
    // `visible_until` (when the order leaves the customer's history) is a generated column the migrations add:
    // PostgreSQL computes it, so it is not declared here and nothing writes it.
  })
  .indexes([{ on: ["customer_id", "ordered_at"] }, { on: ["customer_id", "status"] }, { on: ["customer_id", "deliv_addr_id"] }])
