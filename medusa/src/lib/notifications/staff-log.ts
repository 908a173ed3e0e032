import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { type NotificationRow, notificationRows } from "./notification-rows"
import { attemptsOf } from "./retry-emails"

export interface StaffNotificationView {
  id: string
  channel: string
  to: string
  /** The person it was for. */
  person_email: string | null
  kind: string | null
  title: string | null
  status: NotificationRow["status"]
  attempts: number
  resent_from: string | null
  created_at: Date
}

/** The customer's people by membership, which notifications are addressed to. */
async function membersByMembership(container: MedusaContainer, customerId: string) {
  const members = await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.listMembers(customerId)
  return new Map(members.map((member) => [member.id, member]))
}

type Members = Awaited<ReturnType<typeof membersByMembership>>

const viewOf = (row: NotificationRow, members: Members): StaffNotificationView => ({
  id: row.id,
  channel: row.channel,
  to: row.to,
  person_email: members.get(row.receiver_id ?? "")?.email ?? null,
  kind: row.trigger_type ?? null,
  title: typeof row.data?.title === "string" ? row.data.title : null,
  status: row.status,
  attempts: row.channel === "email" ? attemptsOf(row).attempts : 1,
  resent_from: row.original_notification_id ?? null,
  created_at: row.created_at,
})

export async function customerNotificationLog(
  container: MedusaContainer,
  customerId: string,
  query: { channel?: "email" | "feed"; status?: NotificationRow["status"]; limit: number; offset: number }
): Promise<{ notifications: StaffNotificationView[]; count: number }> {
  const members = await membersByMembership(container, customerId)
  if (!members.size) return { notifications: [], count: 0 }
  const [rows, count] = await notificationRows(container).listAndCountNotifications(
    { receiver_id: [...members.keys()], ...(query.channel ? { channel: query.channel } : {}), ...(query.status ? { status: query.status } : {}) },
    { order: { created_at: "DESC" }, take: query.limit, skip: query.offset }
  )
  return { notifications: rows.map((row) => viewOf(row, members)), count }
}

/** A new email with the original's content (so a new Message-ID: the person asked for it again). */
export async function resendCustomerEmail(container: MedusaContainer, customerId: string, notificationId: string, staffUserId: string): Promise<StaffNotificationView> {
  const members = await membersByMembership(container, customerId)
  const rows = notificationRows(container)
  const [original] = await rows.listNotifications({ id: notificationId, receiver_id: [...members.keys()] }, { take: 1 })
  if (!original) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This customer has no such notification.")
  if (original.channel !== "email") throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only emails can be sent again; in-portal notifications stay where they are.")
  const key = `resend:${original.id}:${Date.now()}`
  try {
    await rows.createNotifications([
      {
        to: original.to,
        channel: "email",
        template: original.template,
        data: original.data,
        receiver_id: original.receiver_id ?? null,
        resource_id: original.resource_id ?? null,
        resource_type: original.resource_type ?? null,
        trigger_type: original.trigger_type ?? null,
        original_notification_id: original.id,
        idempotency_key: key,
        provider_data: { attempts: 1, last_attempt_at: new Date().toISOString(), resent_by: staffUserId },
      },
    ])
  } catch {
    // The SMTP server refused it: the copy stays FAILURE for the retry job, like any other email, and staff see so.
  }
  const [sent] = await rows.listNotifications({ idempotency_key: [key] }, { take: 1 })
  if (!sent) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The email could not be recorded. Please try again.")
  return viewOf(sent, members)
}
