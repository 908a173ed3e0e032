import type { MedusaContainer } from "@medusajs/framework/types"
import { categoryOf, isNotificationCategory, kindsOf, type NotificationCategory, type NotificationKind, type PortalNotification } from "@portal/integrations/notifications"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../modules/customer-notifications/service"
import { type NotificationRow, notificationRows } from "./notification-rows"

/*
 * A person's in-portal notifications: the Notification Module's `feed` rows addressed to their membership in the
 * session's account (so another account's, or another person's, are never in the query), with this module's read marks.
 */

const inboxOf = (container: MedusaContainer) => container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).inbox
const feedOf = (membershipId: string) => ({ receiver_id: membershipId, channel: "feed" })

export async function unreadCount(container: MedusaContainer, membershipId: string): Promise<number> {
  const [, total] = await notificationRows(container).listAndCountNotifications(feedOf(membershipId), { select: ["id"], take: 1 })
  return Math.max(0, total - (await inboxOf(container).countRead(membershipId)))
}

/** Every feed row's id of the membership that is not read yet (at most the newest 5,000). */
async function unreadIds(container: MedusaContainer, membershipId: string): Promise<string[]> {
  const rows = await notificationRows(container).listNotifications(feedOf(membershipId), { select: ["id"], take: 5_000, order: { created_at: "DESC" } })
  const read = await inboxOf(container).readIds(membershipId, rows.map((row) => row.id))
  return rows.map((row) => row.id).filter((id) => !read.has(id))
}

export interface InboxQuery {
  category?: NotificationCategory
  /** Several categories at once (the dashboard's order news). */
  categories?: NotificationCategory[]
  unreadOnly: boolean
  limit: number
  offset: number
}

const asPortalNotification = (row: NotificationRow, read: boolean): PortalNotification => {
  const data = (row.data ?? {}) as { category?: unknown; title?: string; body?: string; link?: string }
  const kind = row.trigger_type as NotificationKind
  return {
    id: row.id,
    kind,
    category: isNotificationCategory(data.category) ? data.category : (categoryOf(kind) ?? "order_updates"),
    title: data.title ?? "",
    body: data.body ?? "",
    link: data.link ?? "/account",
    created_at: new Date(row.created_at).toISOString(),
    read,
  }
}

export async function listInbox(container: MedusaContainer, membershipId: string, query: InboxQuery): Promise<{ notifications: PortalNotification[]; count: number }> {
  const filter: Record<string, unknown> = { ...feedOf(membershipId) }
  const categories = query.category ? [query.category] : query.categories
  if (categories) filter.trigger_type = categories.flatMap(kindsOf)
  if (query.unreadOnly) filter.id = await unreadIds(container, membershipId)
  const [rows, count] = await notificationRows(container).listAndCountNotifications(filter, {
    select: ["id", "trigger_type", "data", "created_at"],
    order: { created_at: "DESC" },
    take: query.limit,
    skip: query.offset,
  })
  const read = query.unreadOnly ? new Set<string>() : await inboxOf(container).readIds(membershipId, rows.map((row) => row.id))
  return { notifications: rows.map((row) => asPortalNotification(row, read.has(row.id))), count }
}

/** Marks some of the membership's notifications read (ids that are not its own are ignored), or all of them. */
export async function markRead(container: MedusaContainer, membershipId: string, ids: string[] | "all"): Promise<number> {
  const own =
    ids === "all"
      ? await unreadIds(container, membershipId)
      : (await notificationRows(container).listNotifications({ ...feedOf(membershipId), id: ids }, { select: ["id"], take: ids.length })).map((row) => row.id)
  return await inboxOf(container).markRead(membershipId, own)
}
