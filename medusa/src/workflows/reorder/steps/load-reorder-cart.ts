import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export interface ReorderCart {
  id: string
  customer_id: string
  cust_no: string
  email: string | null
  region_id: string
  sales_channel_id: string
  currency_code: string
  reorder_of: number | null
  /** As the customer reviewed them: today's prices, set when the cart was made. */
  items: { variant_id: string; title: string; quantity: number; unit_price: number; metadata: Record<string, unknown> | null }[]
  shipping_address: Record<string, string> | null
}

/** The customer's own reorder cart, still open and not empty; anyone else's cart is "not found". */
export const loadReorderCartStep = createStep("load-reorder-cart", async (input: { cart_id: string; customer_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "email",
      "region_id",
      "sales_channel_id",
      "currency_code",
      "completed_at",
      "metadata",
      "items.variant_id",
      "items.title",
      "items.quantity",
      "items.unit_price",
      "items.metadata",
      "shipping_address.*",
      "customer.metadata",
    ],
    filters: { id: input.cart_id },
  })
  if (!cart || cart.customer_id !== input.customer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "That cart was not found.")
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has already been submitted.")
  const items: ReorderCart["items"] = []
  for (const item of cart.items ?? []) {
    if (!item?.variant_id) continue
    items.push({ variant_id: item.variant_id, title: item.title, quantity: Number(item.quantity), unit_price: Number(item.unit_price), metadata: item.metadata ?? null })
  }
  if (items.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart is empty: add at least one product before submitting.")
  const address = cart.shipping_address
  const loaded: ReorderCart = {
    id: cart.id,
    customer_id: input.customer_id,
    cust_no: String(cart.customer?.metadata?.customer_number ?? ""),
    email: cart.email ?? null,
    region_id: cart.region_id!,
    sales_channel_id: cart.sales_channel_id!,
    currency_code: cart.currency_code,
    reorder_of: typeof cart.metadata?.reorder_of === "number" ? cart.metadata.reorder_of : null,
    items,
    shipping_address: address
      ? Object.fromEntries(
          (["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"] as const)
            .filter((field) => address[field])
            .map((field) => [field, String(address[field])])
        )
      : null,
  }
  return new StepResponse(loaded)
})
