import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListNotifications, StoreMarkNotificationsRead, StoreUpdateNotificationPreferences } from "./validators"

export const storePortalNotificationsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/notifications", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListNotifications, {})] },
  { matcher: "/store/portal/notifications/read", methods: ["POST"], middlewares: [validateAndTransformBody(StoreMarkNotificationsRead)] },
  { matcher: "/store/portal/notifications/preferences", methods: ["POST"], middlewares: [validateAndTransformBody(StoreUpdateNotificationPreferences)] },
]
