import { model } from "@medusajs/framework/utils"

/**
 * An invoice or credit note from OrderFlow (inv_hdr with its lines). Credit notes carry positive amounts and
 * name the invoice they credit; void documents are kept and never count in balances.
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    number: model.text().unique(),
    type: model.enum(["invoice", "credit_note"]),
    cust_no: model.text(),
    customer_id: model.text().nullable(),
    ord_no: model.number().nullable(),
    credited_invoice_number: model.text().nullable(),
    issue_date: model.text(),
    due_date: model.text(),
    sub_total: model.bigNumber(),
    vat_total: model.bigNumber(),
    total: model.bigNumber(),
    currency_code: model.text(),
    erp_status: model.enum(["open", "paid", "void"]),
    /** The OrderFlow delivery address of its order (cust_address.addr_id), set by the sync: spend by location. */
    deliv_addr_id: model.number().nullable(),
    lines: model.json(),
    last_upd: model.text(),
  })
  .indexes([{ on: ["customer_id", "issue_date"] }, { on: ["cust_no", "issue_date"] }, { on: ["ord_no"] }, { on: ["credited_invoice_number"] }])
