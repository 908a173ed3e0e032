import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshDeliveryEstimates } from "../lib/estimates/delivery-estimates"

/**
 * Every hour: learns the delivery estimator again from OrderFlow's history and re-estimates every open order (a day
 * more in a status moves its range; a range now past the promised day makes it "running late" before the reminders
 * job at :05 looks).
 */
export default async function deliveryEstimatesJob(container: MedusaContainer) {
  const result = await refreshDeliveryEstimates(container, { rebuild: true })
  container.resolve("logger").info(`Delivery estimates: ${result.estimated} of ${result.open} open orders, learned from ${result.deliveries} deliveries in ${Math.round(result.buildMs ?? 0)} ms`)
}

export const config = {
  name: "delivery-estimates",
  schedule: process.env.DELIVERY_ESTIMATES_SCHEDULE || "0 * * * *",
}
