import CartModule from "@medusajs/medusa/cart"
import { defineLink } from "@medusajs/framework/utils"
import ReorderModule from "../modules/reorder"

/** The cart a customer reviewed and submitted as this reorder. */
export default defineLink({ linkable: ReorderModule.linkable.reorder, field: "cart_id" }, CartModule.linkable.cart, { readOnly: true })
