import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetInsights, StoreGetInsightsCsv } from "./validators"

export const storePortalInsightsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/insights", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetInsights, {})] },
  { matcher: "/store/portal/insights/csv", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetInsightsCsv, {})] },
]
