import { model } from "@medusajs/framework/utils"

/**
 * An order a customer placed in the portal by reordering. OrderFlow cannot be written to, so it waits in the staff
 * queue ("awaiting_entry") until staff key it into OrderFlow with its reference in the PO reference or notes; the
 * sync then finds that ERP order and links it ("entered").
 */
export const Reorder = model
  .define("reorder", {
    id: model.id({ prefix: "reord" }).primaryKey(),
    /** What staff type into OrderFlow, e.g. WEB-1042: the Medusa order's display id. */
    reference: model.text().unique(),
    customer_id: model.text(),
    cust_no: model.text(),
    order_id: model.text().unique(),
    cart_id: model.text(),
    /** The OrderFlow order it repeats. */
    source_ord_no: model.number().nullable(),
    po_ref: model.text().nullable(),
    notes: model.text().nullable(),
    status: model.enum(["awaiting_entry", "entered"]).default("awaiting_entry"),
    erp_ord_no: model.number().nullable(),
    entered_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id", "status"] }, { on: ["status", "created_at"] }])
