import { model } from "@medusajs/framework/utils"

/** The part of a payment allocated to one invoice (pay_alloc); what is not allocated stays on account. */
export const PaymentAllocation = model
  .define("invoicing_payment_allocation", {
    id: model.id({ prefix: "invalc" }).primaryKey(),
    txn_id: model.number(),
    invoice_number: model.text().index(),
    amount: model.bigNumber(),
    allocated_on: model.text(),
  })
  .indexes([{ on: ["txn_id", "invoice_number"], unique: true }])
