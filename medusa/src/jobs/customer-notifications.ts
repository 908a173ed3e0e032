import type { MedusaContainer } from "@medusajs/framework/types"
import { dispatchPendingCustomerEvents } from "../lib/notifications/dispatcher"
import { retryUndeliveredEmails } from "../lib/notifications/retry-emails"

/**
 * The safety net behind the sync's own dispatch: events a crashed process recorded but never dispatched, and emails
 * the SMTP server did not take (with backoff) or a crash left unmarked.
 */
export default async function customerNotificationsJob(container: MedusaContainer) {
  await dispatchPendingCustomerEvents(container)
  await retryUndeliveredEmails(container)
}

export const config = {
  name: "customer-notifications",
  schedule: process.env.NOTIFICATION_JOB_SCHEDULE || "*/5 * * * * *",
}
