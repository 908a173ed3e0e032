import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Adds keys to an order's metadata, keeping the keys already there (an update would replace them all). */
export async function mergeOrderMetadata(container: MedusaContainer, orderId: string, added: Record<string, unknown>): Promise<void> {
  const orders = container.resolve(Modules.ORDER)
  const order = await orders.retrieveOrder(orderId, { select: ["id", "metadata"] })
  await orders.updateOrders(orderId, { metadata: { ...(order.metadata ?? {}), ...added } })
}
