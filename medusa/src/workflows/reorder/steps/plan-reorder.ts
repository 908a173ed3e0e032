import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { loadCustomerOrder } from "../../../lib/orders/order-detail"

export interface PlanReorderInput {
  customer_id: string
  /** OrderFlow delivery addresses the person is limited to (null: all): only their orders can be ordered again. */
  delivered_to: number[] | null
  ord_no: number
  /** The lines to order again; all of them when absent. */
  line_nos?: number[]
  sales_channel_id: string
}

export interface LeftOutLine {
  line_no: number
  sku: string | null
  description: string
  reason: string
}

export interface ReorderPlan {
  region_id: string
  email: string | null
  items: { variant_id: string; quantity: number; metadata: { reorder_of: number; line_no: number } }[]
  left_out: LeftOutLine[]
  shipping_address: Record<string, string | null> | null
}

/**
 * Which of an order's lines can be bought again today, and why the others cannot: discontinued, no longer in the
 * catalogue, or not sold through the portal. Prices are not copied: the cart prices every line at today's price.
 */
export const planReorderStep = createStep("plan-reorder", async (input: PlanReorderInput, { container }) => {
  const order = await loadCustomerOrder(container, { customerId: input.customer_id, deliveredTo: input.delivered_to }, input.ord_no)
  const lines = input.line_nos?.length ? order.lines.filter((line) => input.line_nos!.includes(line.line_no)) : order.lines
  const unknown = (input.line_nos ?? []).filter((lineNo) => !order.lines.some((line) => line.line_no === lineNo))
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${order.ord_no} has no line ${unknown.join(", ")}.`)

  const skus = [...new Set(lines.map((line) => line.sku).filter((sku): sku is string => Boolean(sku)))]
  const variants = skus.length
    ? await container.resolve(Modules.PRODUCT).listProductVariants({ sku: skus }, { select: ["id", "sku", "product_id"], relations: ["product"] })
    : []
  // Which of the products the storefront's sales channel sells: the product ↔ sales channel link, read with query.graph.
  const { data: products } = variants.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "sales_channels.id"], filters: { id: variants.map((variant) => variant.product_id!) } })
    : { data: [] }
  const sold = new Set(
    (products as unknown as { id: string; sales_channels: { id: string }[] | null }[])
      .filter((product) => product.sales_channels?.some((channel) => channel.id === input.sales_channel_id))
      .map((product) => product.id)
  )

  const plan: ReorderPlan = { region_id: "", email: null, items: [], left_out: [], shipping_address: null }
  for (const line of lines) {
    const variant = variants.find((candidate) => candidate.sku === line.sku)
    const leaveOut = (reason: string) => plan.left_out.push({ line_no: line.line_no, sku: line.sku, description: line.description, reason })
    if (!line.sku || !variant) leaveOut("This product is no longer in our catalogue.")
    else if (variant.product?.status !== ProductStatus.PUBLISHED || variant.product?.metadata?.discontinued === true) leaveOut("This product has been discontinued.")
    else if (!sold.has(variant.product_id!)) leaveOut("This product cannot be ordered through the portal; please call us.")
    else if (!(line.quantity > 0)) leaveOut("This line had no quantity to order again.")
    else plan.items.push({ variant_id: variant.id, quantity: line.quantity, metadata: { reorder_of: order.ord_no, line_no: line.line_no } })
  }
  if (plan.items.length === 0) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `None of the chosen lines of order ${order.ord_no} can be ordered again: ${plan.left_out.map((line) => `${line.description} (${line.reason.replace(/\.$/, "").toLowerCase()})`).join("; ")}.`
    )
  }

  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_region_id"] })
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: input.customer_id }, { select: ["email"] })
  plan.region_id = store?.default_region_id ?? ""
  plan.email = customer?.email ?? null
  const address = order.delivery_address
  plan.shipping_address = address ? { ...address, country_code: address.country_code ?? "za" } : null
  return new StepResponse(plan)
})
