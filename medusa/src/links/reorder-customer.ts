import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import ReorderModule from "../modules/reorder"

/** Who submitted the reorder. */
export default defineLink({ linkable: ReorderModule.linkable.reorder, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
