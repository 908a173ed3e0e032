import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshDeliveryEstimates } from "../lib/estimates/delivery-estimates"
import { OrderflowEvents } from "../workflows/orderflow/events"

/** Orders whose status or shipment changed, gathered for a moment: a sync page's changes are estimated together. */
const pending = new Set<number>()
let flushing: ReturnType<typeof setTimeout> | null = null
const GATHER_MS = 200

function flushSoon(container: MedusaContainer) {
  flushing ??= setTimeout(() => {
    flushing = null
    const ordNos = [...pending]
    pending.clear()
    refreshDeliveryEstimates(container, { ordNos }).catch((error: unknown) => {
      container.resolve("logger").warn(`Delivery estimates for ${ordNos.length} orders failed (the hourly job catches up): ${error instanceof Error ? error.message : String(error)}`)
    })
  }, GATHER_MS)
}

/** A status change or a shipment recalculates the order's delivery estimate (or removes it once delivered). */
export default async function reestimateChangedOrders({ event, container }: SubscriberArgs<{ ord_no?: number }>) {
  if (typeof event.data?.ord_no !== "number") return
  pending.add(event.data.ord_no)
  flushSoon(container)
}

export const config: SubscriberConfig = {
  event: [OrderflowEvents.ORDER_STATUS_CHANGED, OrderflowEvents.SHIPMENT_CREATED, OrderflowEvents.SHIPMENT_DELIVERED],
  context: { subscriberId: "delivery-estimates-refresh" },
}
