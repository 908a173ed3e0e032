import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import ReorderModule from "../modules/reorder"

/** The Medusa order a submitted reorder became, which staff key into OrderFlow. */
export default defineLink({ linkable: ReorderModule.linkable.reorder, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
