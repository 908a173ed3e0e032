import type { Metadata } from "next"
import { isNotificationCategory } from "@portal/integrations/notifications"
import { listNotifications, type NotificationQuery } from "@/lib/data/notifications"
import { NotificationsTemplate } from "@/modules/notifications/templates/notifications-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Notifications" }

const PAGE_SIZE = 20

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ category?: string; status?: string; offset?: string }> }) {
  const params = await searchParams
  const query: NotificationQuery = {
    category: isNotificationCategory(params.category) ? params.category : undefined,
    status: params.status === "unread" ? "unread" : undefined,
    limit: PAGE_SIZE,
    offset: Math.max(0, Number.parseInt(params.offset ?? "0", 10) || 0),
  }
  return (
    <>
      <NotificationsTemplate result={await listNotifications(query)} query={query} />
      <PageHelp pages={["notifications"]} />
    </>
  )
}
