import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { NOTIFICATION_CATEGORY, kindsOf, type NotificationCategory } from "@portal/integrations/notifications"
import { can } from "@portal/integrations/roles"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../modules/customer-notifications/service"
import { storefrontUrl } from "../storefront-url"
import { notificationRows } from "./notification-rows"
import { unsubscribeToken } from "./unsubscribe-link"

/** Johannesburg keeps UTC+2 all year; the digest goes at 07:00 there. */
const JOHANNESBURG_OFFSET_MS = 2 * 3_600_000
const DIGEST_HOUR = 7
const DAY_MS = 86_400_000
const DAY_LABEL = new Intl.DateTimeFormat("en-ZA", { timeZone: "Africa/Johannesburg", weekday: "long", day: "numeric", month: "long", year: "numeric" })
const TIME_LABEL = new Intl.DateTimeFormat("en-ZA", { timeZone: "Africa/Johannesburg", hour: "2-digit", minute: "2-digit", hour12: false })

/** The digest due at `now`: the latest 07:00 in Johannesburg, and the 24 hours before it. */
export function digestWindow(now: Date): { day: string; from: Date; to: Date } {
  const local = new Date(now.getTime() + JOHANNESBURG_OFFSET_MS)
  let to = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), DIGEST_HOUR) - JOHANNESBURG_OFFSET_MS
  if (to > now.getTime()) to -= DAY_MS
  return { day: new Date(to + JOHANNESBURG_OFFSET_MS).toISOString().slice(0, 10), from: new Date(to - DAY_MS), to: new Date(to) }
}

const listOf = (labels: string[]) => (labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`)

/**
 * The daily emails: for each person who chose them, per account, everything of those categories from the 24 hours
 * before 07:00 (the inbox rows, so it says what the portal says). Once per person, account and day whatever the
 * job's schedule: the key is the day's; a job run at 09:00 after a restart still sends that morning's.
 */
export async function sendDailyDigests(container: MedusaContainer, now = new Date(), options: { upToNow?: boolean } = {}): Promise<{ sent: number; failed: number }> {
  const scheduled = digestWindow(now)
  // Asked for now (`npm run notifications:digest`): what came since this morning's digest, as an extra one.
  const { day, from, to } = options.upToNow ? { day: `${scheduled.day}-at-${now.toISOString().slice(11, 19)}`, from: scheduled.to, to: now } : scheduled
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const notifications = notificationRows(container)
  const portal = storefrontUrl()
  let sent = 0
  let failed = 0
  for (const { person_id: personId, categories: chosen } of await container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).inbox.digestChoices()) {
    const person = await access.team.personById(personId)
    if (!person || person.status !== "active") continue
    for (const membership of await access.team.listPersonMemberships(personId)) {
      const categories = chosen.filter((category: NotificationCategory) => can(membership.role, NOTIFICATION_CATEGORY[category].audience))
      if (!categories.length) continue
      const key = `digest:${membership.id}:${day}`
      // Already sent (or failed and left to the retry job) this morning: the job runs every ten minutes.
      if ((await notifications.listNotifications({ idempotency_key: [key] }, { select: ["id"], take: 1 })).length) continue
      const items = await notifications.listNotifications(
        { receiver_id: membership.id, channel: "feed", trigger_type: categories.flatMap(kindsOf), created_at: { $gte: from, $lt: to } },
        { order: { created_at: "ASC" }, take: 200 }
      )
      if (!items.length) continue
      const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(membership.customer_id, { select: ["company_name", "first_name", "last_name"] })
      const token = unsubscribeToken(container, personId, categories)
      const labels = categories.map((category) => NOTIFICATION_CATEGORY[category].label.toLowerCase())
      try {
        await notifications.createNotifications([{
          to: person.email,
          channel: "email",
          template: "customer-digest",
          receiver_id: membership.id,
          trigger_type: "digest",
          resource_type: "digest",
          resource_id: day,
          idempotency_key: key,
          data: {
            name: person.full_name,
            account_name: customer.company_name || [customer.first_name, customer.last_name].filter(Boolean).join(" ") || "your account",
            day_label: options.upToNow ? `${TIME_LABEL.format(to)} on ${DAY_LABEL.format(to)}` : `07:00 on ${DAY_LABEL.format(to)}`,
            categories_label: listOf(labels),
            items: items.map((item) => {
              const data = (item.data ?? {}) as { category?: NotificationCategory; title?: string; body?: string; link?: string }
              return { category_label: NOTIFICATION_CATEGORY[data.category ?? "order_updates"].label, title: data.title ?? "", body: data.body ?? "", link: `${portal}${data.link ?? "/account"}` }
            }),
            notifications_url: `${portal}/account/notifications`,
            preferences_url: `${portal}/account/profile#notifications`,
            unsubscribe_url: `${portal}/unsubscribe?token=${token}`,
            one_click_unsubscribe_url: `${portal}/unsubscribe/one-click?token=${token}`,
          },
          provider_data: { attempts: 1, last_attempt_at: new Date().toISOString() },
        }])
        sent += 1
      } catch (error) {
        // Refused by the SMTP server: the row is FAILURE and the retry job sends it; a second run finds the key.
        failed += 1
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`A daily digest could not be sent yet: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`)
      }
    }
  }
  return { sent, failed }
}
