import { NOTIFICATION_CATEGORIES, NOTIFICATION_CATEGORY } from "@portal/integrations/notifications"
import Link from "next/link"
import type { NotificationList, NotificationQuery } from "@/lib/data/notifications"
import { markAllNotificationsRead, markNotificationRead } from "@/lib/data/notification-actions"
import { formatDateTime } from "@/lib/util/format"
import { ActionForm } from "@/modules/common/components/action-form"
import { FilterForm, listPageHref } from "@/modules/common/components/filter-form"
import formStyles from "@/modules/common/components/form.module.css"
import listStyles from "@/modules/common/components/list.module.css"
import { PageHeader } from "@/modules/common/components/page-header"
import { Pagination } from "@/modules/common/components/pagination"
import styles from "./notifications-template.module.css"

export function NotificationsTemplate({ result, query }: { result: NotificationList; query: NotificationQuery }) {
  const filtered = Boolean(query.category || query.status)
  return (
    <>
      <PageHeader title="Notifications">
        <p>
          What changed on your orders and account, newest first. Choose which of these also come by email on your <Link href="/account/profile#notifications">Profile page</Link>.
        </p>
      </PageHeader>
      <FilterForm action="/account/notifications" label="Filter notifications" submitLabel="Show" filtered={filtered}>
        <div className={formStyles.field}>
          <label htmlFor="category">Kind</label>
          <select id="category" name="category" defaultValue={query.category ?? ""}>
            <option value="">All kinds</option>
            {NOTIFICATION_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {NOTIFICATION_CATEGORY[category].label}
              </option>
            ))}
          </select>
        </div>
        <div className={formStyles.field}>
          <label htmlFor="status">Show</label>
          <select id="status" name="status" defaultValue={query.status ?? ""}>
            <option value="">Read and unread</option>
            <option value="unread">Unread only</option>
          </select>
        </div>
      </FilterForm>
      <div className={listStyles.results}>
        {"error" in result ? (
          <p role="alert" className={formStyles.error}>
            {result.error}
          </p>
        ) : (
          <>
            <div className={styles.summary}>
              <p role="status">{result.unread_count === 0 ? "Nothing unread." : `${result.unread_count} unread.`}</p>
              {result.unread_count > 0 ? <ActionForm action={markAllNotificationsRead} submit="Mark all read" pendingLabel="Marking…" secondary label="Mark all read" /> : null}
            </div>
            {result.notifications.length === 0 ? (
              <p>{filtered ? "No notifications match." : "No notifications yet. We will tell you here when an order or invoice changes."}</p>
            ) : (
              <ol className={styles.list} aria-label="Notifications">
                {result.notifications.map((item) => (
                  <li key={item.id} className={item.read ? styles.item : `${styles.item} ${styles.unread}`}>
                    <div className={styles.text}>
                      <p className={styles.meta}>
                        <span>{NOTIFICATION_CATEGORY[item.category].label}</span> · <time dateTime={item.created_at}>{formatDateTime(item.created_at)}</time>
                        {item.read ? null : <span className={styles.badge}>Unread</span>}
                      </p>
                      <h2 className={styles.title}>
                        <Link href={item.link}>{item.title}</Link>
                      </h2>
                      <p>{item.body}</p>
                    </div>
                    {item.read ? null : (
                      <ActionForm action={markNotificationRead} submit="Mark read" pendingLabel="Marking…" secondary label={`Mark read: ${item.title}`}>
                        <input type="hidden" name="id" value={item.id} />
                      </ActionForm>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <Pagination offset={query.offset} limit={query.limit} count={result.count} hrefFor={(offset) => listPageHref("/account/notifications", query, offset)} />
          </>
        )}
      </div>
    </>
  )
}
