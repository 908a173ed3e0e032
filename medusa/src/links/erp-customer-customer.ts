import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import OrderflowSyncModule from "../modules/orderflow-sync"

/** An OrderFlow customer's facts (credit limit, terms, email quality) and the Medusa customer made from it. */
export default defineLink({ linkable: OrderflowSyncModule.linkable.erpCustomer, field: "customer_id" }, CustomerModule.linkable.customer, {
  readOnly: true,
})
