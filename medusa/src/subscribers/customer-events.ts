import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { dispatchPendingCustomerEvents } from "../lib/notifications/dispatcher"
import { OrderflowEvents } from "../workflows/orderflow/events"

/**
 * After each sync page that changed something customers hear about, tell them at once (the events were recorded in
 * the outbox before the page; the job customer-notifications is the safety net when this process dies).
 */
export default async function tellCustomersOfChanges({ container }: SubscriberArgs<unknown>) {
  await dispatchPendingCustomerEvents(container)
}

export const config: SubscriberConfig = {
  event: Object.values(OrderflowEvents),
  context: { subscriberId: "customer-events-dispatch" },
}
