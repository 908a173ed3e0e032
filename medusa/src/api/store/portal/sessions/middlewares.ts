import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreSwitchAccount } from "./current/account/validators"

export const storePortalSessionsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/sessions/current/account", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSwitchAccount)] },
]
