import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { REORDER_MODULE } from "../../../modules/reorder"
import type ReorderModuleService from "../../../modules/reorder/service"
import { mergeOrderMetadata } from "../../../lib/order-metadata"

export interface RecordReorderInput {
  order_id: string
  display_id: number
  cart_id: string
  customer_id: string
  cust_no: string
  source_ord_no: number | null
  po_ref: string | null
  notes: string | null
}

/** Queues the new order for staff under its portal reference, marks the cart submitted and the order as awaiting entry. */
export const recordReorderStep = createStep(
  "record-reorder",
  async (input: RecordReorderInput, { container }) => {
    const reorders = container.resolve<ReorderModuleService>(REORDER_MODULE)
    const reference = `WEB-${input.display_id}`
    const reorder = await reorders.createReorders({
      reference,
      order_id: input.order_id,
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      cust_no: input.cust_no,
      source_ord_no: input.source_ord_no,
      po_ref: input.po_ref,
      notes: input.notes,
    })
    await mergeOrderMetadata(container, input.order_id, {
      portal_reference: reference,
      erp_entry: "awaiting_entry",
      reorder_of: input.source_ord_no,
      po_ref: input.po_ref,
      notes: input.notes,
    })
    await container.resolve(Modules.CART).updateCarts(input.cart_id, { completed_at: new Date() })
    return new StepResponse(reorder, { reorderId: reorder.id, cartId: input.cart_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<ReorderModuleService>(REORDER_MODULE).deleteReorders(undo.reorderId)
    await container.resolve(Modules.CART).updateCarts(undo.cartId, { completed_at: null })
  }
)
