import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type NotificationRow, notificationRows } from "./notification-rows"

/** Waits between attempts: BASE, 2×BASE, 4×BASE… up to 30 minutes; an email is given up on after 12 attempts. */
const retryBaseMs = () => Number(process.env.NOTIFICATION_RETRY_BASE_SECONDS || 30) * 1000
const MAX_DELAY_MS = 30 * 60_000
export const MAX_EMAIL_ATTEMPTS = 12
/**
 * A row still PENDING after this long was being sent when its process died: the SMTP server may or may not have
 * accepted it. Sends time out long before (see the SMTP provider), so such a row is never still in flight.
 */
const stuckAfterMs = () => Number(process.env.NOTIFICATION_STUCK_SECONDS || 120) * 1000

export interface DeliveryAttempts {
  attempts: number
  last_attempt_at: string
}

export const attemptsOf = (notification: Pick<NotificationRow, "provider_data" | "created_at">): DeliveryAttempts => {
  const data = (notification.provider_data ?? {}) as Partial<DeliveryAttempts>
  return { attempts: Number(data.attempts ?? 1), last_attempt_at: data.last_attempt_at ?? new Date(notification.created_at).toISOString() }
}

export const nextAttemptAt = ({ attempts, last_attempt_at }: DeliveryAttempts) =>
  new Date(new Date(last_attempt_at).getTime() + Math.min(MAX_DELAY_MS, retryBaseMs() * 2 ** Math.max(0, attempts - 1)))

/** Sends one email notification again, as the same row (so with the same Message-ID). */
export async function resendEmailNotification(container: MedusaContainer, notification: NotificationRow): Promise<void> {
  const { attempts } = attemptsOf(notification)
  // The module retries a FAILURE row when asked for its key again; given the row's id, it updates that row.
  const retry: CreateNotificationDTO & { id: string } = {
    id: notification.id,
    to: notification.to,
    from: notification.from ?? null,
    channel: notification.channel,
    template: notification.template,
    data: notification.data,
    receiver_id: notification.receiver_id ?? null,
    resource_id: notification.resource_id ?? null,
    resource_type: notification.resource_type ?? null,
    trigger_type: notification.trigger_type ?? null,
    idempotency_key: notification.idempotency_key,
    provider_data: { ...(notification.provider_data ?? {}), attempts: attempts + 1, last_attempt_at: new Date().toISOString() },
  }
  await notificationRows(container).createNotifications(retry)
}

/**
 * Retries the emails the SMTP server did not take (FAILURE rows, with backoff) and the ones a crash left PENDING
 * between the server accepting the message and the row being marked sent. Those are sent again with the same
 * Message-ID: that one window is where a person can get an email twice, and their mail program can tell.
 */
export function retryUndeliveredEmails(container: MedusaContainer): Promise<{ retried: number; failed: number }> {
  // One retry pass at a time per process: two would send the same FAILURE row twice.
  retrying ??= retryPass(container).finally(() => (retrying = null))
  return retrying
}

let retrying: Promise<{ retried: number; failed: number }> | null = null

async function retryPass(container: MedusaContainer): Promise<{ retried: number; failed: number }> {
  const notificationModule = notificationRows(container)
  const stuck = await notificationModule.listNotifications(
    { channel: "email", status: "pending", created_at: { $lt: new Date(Date.now() - stuckAfterMs()) } },
    { take: 100, order: { created_at: "ASC" } }
  )
  if (stuck.length) await notificationModule.updateNotifications(stuck.map((notification) => ({ id: notification.id, status: "failure" as const })))
  const failed = await notificationModule.listNotifications({ channel: "email", status: "failure" }, { take: 500, order: { updated_at: "ASC" } })
  const stuckIds = new Set(stuck.map((notification) => notification.id))
  const due = failed.filter((notification) => {
    const attempts = attemptsOf(notification)
    return attempts.attempts < MAX_EMAIL_ATTEMPTS && (stuckIds.has(notification.id) || nextAttemptAt(attempts).getTime() <= Date.now())
  })
  let stillFailing = 0
  // One at a time: a server that is still down fails fast, and one that is back is not flooded.
  for (const notification of due) {
    try {
      await resendEmailNotification(container, notification)
    } catch {
      stillFailing += 1
    }
  }
  if (due.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Retried ${due.length} notification email(s); ${stillFailing} still failing`)
  return { retried: due.length, failed: stillFailing }
}
