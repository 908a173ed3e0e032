import { MedusaService } from "@medusajs/framework/utils"
import { accountAnswers } from "../../lib/http/account-answer-cache"
import { liveHub } from "../../lib/live/live-hub"
import { CustomerEvent } from "./models/customer-event"
import { NotificationPreference } from "./models/notification-preference"
import { NotificationReceipt } from "./models/notification-receipt"
import type { CustomerEventOutboxRepository } from "./repositories/customer-event-outbox"
import type { NotificationInboxRepository } from "./repositories/notification-inbox"

/**
 * What customers hear about and how: the outbox of customer events (`customerNotifications.events.*`), and each
 * person's read marks and delivery choices (`customerNotifications.inbox.*`). The notifications themselves are rows
 * of Medusa's Notification Module: `feed` (the in-portal inbox) and `email`.
 */
class CustomerNotificationsModuleService extends MedusaService({ CustomerEvent, NotificationPreference, NotificationReceipt }) {
  readonly events: CustomerEventOutboxRepository
  readonly inbox: NotificationInboxRepository

  constructor(container: { customerEventOutboxRepository: CustomerEventOutboxRepository; notificationInboxRepository: NotificationInboxRepository }) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService takes the module's whole container, as in Medusa's own modules
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.events = container.customerEventOutboxRepository
    this.inbox = container.notificationInboxRepository
  }

  // The live streams and the answer cache of this process end with it (and release their LISTEN connections).
  __hooks = { onApplicationShutdown: () => Promise.all([liveHub.close(), accountAnswers.close()]).then(() => undefined) }
}

export default CustomerNotificationsModuleService
