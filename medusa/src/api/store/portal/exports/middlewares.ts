import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreExportAccounting } from "./validators"

export const storePortalExportsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/exports/:format", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreExportAccounting, {})] },
]
