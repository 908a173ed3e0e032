import { model } from "@medusajs/framework/utils"

/** A payment (pay_txn). Negative amounts reverse an earlier payment, such as a bounced cheque. */
export const Payment = model
  .define("invoicing_payment", {
    id: model.id({ prefix: "invpay" }).primaryKey(),
    txn_id: model.number().unique(),
    cust_no: model.text(),
    customer_id: model.text().nullable(),
    paid_on: model.text(),
    method: model.text(),
    reference: model.text().nullable(),
    amount: model.bigNumber(),
    last_upd: model.text(),
  })
  .indexes([{ on: ["cust_no", "paid_on"] }, { on: ["customer_id", "paid_on"] }])
