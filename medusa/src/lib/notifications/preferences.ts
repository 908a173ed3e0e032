import type { MedusaContainer } from "@medusajs/framework/types"
import { NOTIFICATION_CATEGORIES, NOTIFICATION_CATEGORY, type DeliveryMode, type NotificationCategory, type NotificationPreference } from "@portal/integrations/notifications"
import { can, type AccountRole } from "@portal/integrations/roles"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../modules/customer-notifications/service"

const inboxOf = (container: MedusaContainer) => container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).inbox

/** The person's choice for each category their role hears about (email at once when they never chose). */
export async function preferencesOf(container: MedusaContainer, personId: string, role: AccountRole): Promise<NotificationPreference[]> {
  const chosen = new Map((await inboxOf(container).preferences([personId])).map((choice) => [choice.category, choice.delivery]))
  return NOTIFICATION_CATEGORIES.filter((category) => can(role, NOTIFICATION_CATEGORY[category].audience)).map((category) => ({
    category,
    label: NOTIFICATION_CATEGORY[category].label,
    hint: NOTIFICATION_CATEGORY[category].hint,
    delivery: chosen.get(category) ?? "immediate",
  }))
}

export async function savePreferences(container: MedusaContainer, personId: string, choices: { category: NotificationCategory; delivery: DeliveryMode }[]): Promise<void> {
  await inboxOf(container).setPreferences(personId, choices)
}
