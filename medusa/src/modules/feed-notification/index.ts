import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import FeedNotificationProviderService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, { services: [FeedNotificationProviderService] })
