import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreReorder } from "./[ord_no]/reorder/validators"
import { StoreListPortalOrders } from "./validators"

export const storePortalOrdersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListPortalOrders, {})] },
  { matcher: "/store/portal/orders/:ord_no/reorder", methods: ["POST"], middlewares: [validateAndTransformBody(StoreReorder)] },
]
