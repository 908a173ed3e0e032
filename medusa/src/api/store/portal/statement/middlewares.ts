import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetStatement } from "./validators"

export const storePortalStatementMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/statement", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetStatement, {})] },
  { matcher: "/store/portal/statement/csv", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetStatement, {})] },
  { matcher: "/store/portal/statement/download-link", methods: ["POST"], middlewares: [validateAndTransformBody(StoreGetStatement)] },
]
