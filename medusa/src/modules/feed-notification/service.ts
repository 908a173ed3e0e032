import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"

/**
 * The `feed` channel: the in-portal inbox. Its notification rows are the items people see under the bell, so
 * "sending" one is storing it, which the Notification Module has done before it calls this.
 */
class FeedNotificationProviderService extends AbstractNotificationProviderService {
  static override identifier = "feed"

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    return { id: (notification as ProviderSendNotificationDTO & { id?: string }).id ?? notification.to }
  }
}

export default FeedNotificationProviderService
