import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreRequestEmailChange, StoreUpdateProfile } from "./validators"

export const storePortalProfileMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/profile", methods: ["POST"], middlewares: [validateAndTransformBody(StoreUpdateProfile)] },
  { matcher: "/store/portal/profile/email", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRequestEmailChange)] },
]
