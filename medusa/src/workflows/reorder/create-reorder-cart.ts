import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { planReorderStep, type PlanReorderInput } from "./steps/plan-reorder"
import { type RequestOrigin, recordAuditEntryStep } from "../audit/steps/record-audit-entry"

/**
 * A customer reorders a past order, whole or chosen lines: a Medusa cart for them at today's prices, delivering to the
 * same address. Lines that cannot be bought again are left out, and the cart says why, so the review page can too.
 */
export const createReorderCartWorkflow = createWorkflow("create-reorder-cart", (input: PlanReorderInput & { origin: RequestOrigin }) => {
  const plan = planReorderStep(input)
  const cartInput = transform({ input, plan }, ({ input, plan }) => ({
    customer_id: input.customer_id,
    email: plan.email ?? undefined,
    region_id: plan.region_id,
    sales_channel_id: input.sales_channel_id,
    currency_code: "zar",
    items: plan.items,
    shipping_address: plan.shipping_address ?? undefined,
    metadata: { reorder_of: input.ord_no, left_out: plan.left_out },
  }))
  const cart = createCartWorkflow.runAsStep({ input: cartInput })
  recordAuditEntryStep(
    transform({ input, cart, plan }, ({ input, cart, plan }) => ({
      action: "order.reordered" as const,
      customer_id: input.customer_id,
      target_type: "order",
      target_id: String(input.ord_no),
      details: { cart_id: cart.id, left_out: plan.left_out.map((line) => line.line_no) },
      ...input.origin,
    }))
  )
  return new WorkflowResponse(transform({ cart, plan }, ({ cart, plan }) => ({ cart_id: cart.id, left_out: plan.left_out })))
})
