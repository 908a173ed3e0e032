import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../../modules/customer-notifications/service"
import type { PreparedNotifications } from "./prepare-customer-notifications"
import { notificationRows } from "../../../lib/notifications/notification-rows"

/**
 * Creates the notifications through Medusa's Notification Module, whose idempotency keys make a second dispatch of
 * the same event (after a crash, or by another process) create nothing. The inbox rows and the live pages come
 * first; emails may be slow. An email the SMTP server refused is left FAILURE for the retry job: the step goes on
 * once every email has its row, and fails (to be run again) only when some could not even be recorded.
 */
export async function sendCustomerNotifications(container: MedusaContainer, prepared: Pick<PreparedNotifications, "feed" | "emails" | "live">): Promise<{ emailsFailed: number }> {
  const notificationModule = notificationRows(container)
  if (prepared.feed.length) await notificationModule.createNotifications(prepared.feed)
  await container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).events.announce(prepared.live)
  if (!prepared.emails.length) return { emailsFailed: 0 }
  try {
    await notificationModule.createNotifications(prepared.emails)
    return { emailsFailed: 0 }
  } catch (error) {
    const keys = prepared.emails.map((email: CreateNotificationDTO) => email.idempotency_key!)
    const recorded = await notificationModule.listNotifications({ idempotency_key: keys }, { select: ["id", "status"], take: keys.length })
    if (recorded.length < keys.length) throw error
    const failed = recorded.filter((row) => row.status === "failure").length
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`${failed} notification email(s) could not be sent yet and will be retried: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`)
    return { emailsFailed: failed }
  }
}

// Sent is sent: there is nothing to undo, and the keys keep a re-run from sending twice.
export const sendCustomerNotificationsStep = createStep("send-customer-notifications", async (prepared: PreparedNotifications, { container }) => {
  return new StepResponse(await sendCustomerNotifications(container, prepared))
})
