import { Modules } from "@medusajs/framework/utils"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { loadReorderCartStep } from "./steps/load-reorder-cart"
import { recordReorderStep } from "./steps/record-reorder"
import { type RequestOrigin, recordAuditEntryStep } from "../audit/steps/record-audit-entry"

export interface SubmitReorderInput {
  customer_id: string
  cart_id: string
  po_ref?: string | null
  notes?: string | null
  /** Who asked: recorded in the audit trail once the reorder exists. */
  origin: RequestOrigin
}

/**
 * The customer submits their reviewed reorder cart. OrderFlow cannot be written to, so it becomes a Medusa order
 * awaiting ERP entry, in the staff queue under a portal reference (WEB-…) that staff key into OrderFlow.
 */
export const submitReorderWorkflow = createWorkflow("submit-reorder", (input: SubmitReorderInput) => {
  const cart = loadReorderCartStep(input)
  const orderInput = transform({ cart }, ({ cart }) => ({
    customer_id: cart.customer_id,
    email: cart.email ?? undefined,
    region_id: cart.region_id,
    sales_channel_id: cart.sales_channel_id,
    currency_code: cart.currency_code,
    items: cart.items,
    shipping_address: cart.shipping_address ?? undefined,
    metadata: { source: "portal_reorder" },
  }))
  const order = createOrderWorkflow.runAsStep({ input: orderInput })
  const reorder = recordReorderStep(
    transform({ input, cart, order }, ({ input, cart, order }) => ({
      order_id: order.id,
      display_id: order.display_id,
      cart_id: cart.id,
      customer_id: cart.customer_id,
      cust_no: cart.cust_no,
      source_ord_no: cart.reorder_of,
      po_ref: input.po_ref ?? null,
      notes: input.notes ?? null,
    }))
  )
  createRemoteLinkStep(transform({ cart, order }, ({ cart, order }) => [{ [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cart.id } }]))
  emitEventStep({ eventName: "reorder.submitted", data: transform({ reorder }, ({ reorder }) => ({ id: reorder.id })) })
  recordAuditEntryStep(
    transform({ input, reorder }, ({ input, reorder }) => ({
      action: "order.reorder_submitted" as const,
      customer_id: input.customer_id,
      target_type: "reorder",
      target_id: reorder.reference,
      details: { order_id: reorder.order_id, cart_id: input.cart_id },
      ...input.origin,
    }))
  )
  return new WorkflowResponse(reorder)
})
