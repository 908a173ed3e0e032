import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreSubmitReorder } from "./validators"

export const storePortalReordersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/reorders", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSubmitReorder)] },
]
