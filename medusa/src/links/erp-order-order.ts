import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import OrderflowSyncModule from "../modules/orderflow-sync"

/** An OrderFlow order's facts (status history, promised date, PO reference) and the native Medusa order made from it. */
export default defineLink({ linkable: OrderflowSyncModule.linkable.erpOrder, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
