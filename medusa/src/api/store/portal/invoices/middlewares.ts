import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListPortalInvoices } from "./validators"

export const storePortalInvoicesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/invoices", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListPortalInvoices, {})] },
]
