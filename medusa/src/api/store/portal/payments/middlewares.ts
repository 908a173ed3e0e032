import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListPortalPayments } from "./validators"

export const storePortalPaymentsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/payments", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListPortalPayments, {})] },
]
