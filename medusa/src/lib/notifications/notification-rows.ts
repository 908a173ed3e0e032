import type { FindConfig, INotificationModuleService, MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** A notification row as the table has it (the module's DTO type leaves the key and updated_at out). */
export type NotificationRow = NotificationDTO & { idempotency_key: string | null; updated_at: Date }

/** Filters the module's generated list methods take beyond its declared FilterableNotificationProps. */
export interface NotificationRowFilter {
  id?: string | string[]
  receiver_id?: string | string[]
  channel?: string
  status?: NotificationDTO["status"]
  idempotency_key?: string[]
  trigger_type?: string[]
  created_at?: { $lt?: Date; $gte?: Date }
}

/**
 * Medusa's Notification Module with the methods its service generates for the notification model typed as they
 * work (filters by id, status and key; updating a row's status), which its public interface does not declare.
 */
export type NotificationRows = Omit<INotificationModuleService, "listNotifications" | "listAndCountNotifications"> & {
  listNotifications(filters: NotificationRowFilter, config?: FindConfig<NotificationRow>): Promise<NotificationRow[]>
  listAndCountNotifications(filters: NotificationRowFilter, config?: FindConfig<NotificationRow>): Promise<[NotificationRow[], number]>
  updateNotifications(data: { id: string; status: NotificationDTO["status"] }[]): Promise<NotificationRow[]>
}

export const notificationRows = (container: Pick<MedusaContainer, "resolve">): NotificationRows => container.resolve<NotificationRows>(Modules.NOTIFICATION)
