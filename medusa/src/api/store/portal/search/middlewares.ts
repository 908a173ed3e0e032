import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StorePortalSearch } from "./validators"

export const storePortalSearchMiddlewares: MiddlewareRoute[] = [{ matcher: "/store/portal/search", methods: ["GET"], middlewares: [validateAndTransformQuery(StorePortalSearch, {})] }]
