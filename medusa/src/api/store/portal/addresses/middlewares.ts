import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreCreateAddress, StoreUpdateAddress } from "./validators"

export const storePortalAddressesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/addresses", methods: ["POST"], middlewares: [validateAndTransformBody(StoreCreateAddress)] },
  { matcher: "/store/portal/addresses/:id", methods: ["POST"], middlewares: [validateAndTransformBody(StoreUpdateAddress)] },
]
