import "server-only"
import type { NotificationCategory, NotificationPreference, PortalNotification } from "@portal/integrations/notifications"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { customerHeaders } from "./session"

// The shapes the store API returns are shared with the backend (integrations/notifications).
export type { NotificationCategory, NotificationPreference, PortalNotification }

export interface NotificationQuery {
  category?: NotificationCategory
  status?: "unread"
  limit: number
  offset: number
}

export type NotificationList = { notifications: PortalNotification[]; count: number; unread_count: number } | { error: string }

export async function listNotifications(query: NotificationQuery): Promise<NotificationList> {
  try {
    return await medusa().client.fetch("/store/portal/notifications", { query, headers: await customerHeaders() })
  } catch (error) {
    return { error: messageOf(error, "Your notifications could not be loaded. Please try again.") }
  }
}

export async function getNotificationPreferences(): Promise<NotificationPreference[] | { error: string }> {
  try {
    return (await medusa().client.fetch<{ preferences: NotificationPreference[] }>("/store/portal/notifications/preferences", { headers: await customerHeaders() })).preferences
  } catch (error) {
    return { error: messageOf(error, "Your notification choices could not be loaded. Please try again.") }
  }
}
