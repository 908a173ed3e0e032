import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import InvoicingModule from "../modules/invoicing"

/** Whose invoice or credit note it is. */
export default defineLink({ linkable: InvoicingModule.linkable.invoice, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
