import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  refuseReplacedRoute,
  requireLiveCustomerSession,
  requireOwnCart,
  requireOwnCartReference,
  requireOwnVisibleOrder,
  requireRolePermission,
} from "../../lib/access/middlewares"
import { storePortalMiddlewares } from "./portal/middlewares"

/** Medusa's stock store routes as the portal offers them, and the portal's own (./portal). */
export const storeMiddlewares: MiddlewareRoute[] = [
  // Without `methods`: these run for every method and spelling that reaches a /store route.
  // The role check follows the session check: the session says whose account it is and the person's role in it.
  { matcher: "/store/*", middlewares: [requireLiveCustomerSession, requireRolePermission, requireOwnCartReference] },
  { matcher: "/store/carts/:id", middlewares: [requireOwnCart] },
  { matcher: "/store/carts/:id/*", middlewares: [requireOwnCart] },
  { matcher: "/store/carts/:id/line-items/:line_id", middlewares: [requireOwnCart] },
  {
    matcher: "/store/carts/:id/complete",
    methods: ["POST"],
    middlewares: [refuseReplacedRoute("Submit a reorder cart with POST /store/portal/reorders, so staff can enter it in OrderFlow.")],
  },
  { matcher: "/store/orders/:id", middlewares: [requireOwnVisibleOrder] },

  // Stock routes the portal replaces or does not offer (see refuseReplacedRoute).
  { matcher: "/store/customers", methods: ["POST"], middlewares: [refuseReplacedRoute("Portal accounts come from OrderFlow: use “First time here?” to set your password.")] },
  { matcher: "/store/customers/me", methods: ["POST"], middlewares: [refuseReplacedRoute("Change your details with POST /store/portal/profile, so they reach OrderFlow.")] },
  ...["/store/customers/me/addresses", "/store/customers/me/addresses/:address_id"].map((matcher) => ({
    matcher,
    methods: ["POST", "DELETE"] as ("POST" | "DELETE")[],
    middlewares: [refuseReplacedRoute("Change addresses with /store/portal/addresses, so they reach OrderFlow.")],
  })),
  { matcher: "/store/orders/:id/transfer/*", middlewares: [refuseReplacedRoute("Orders cannot be transferred between accounts in the portal.")] },
  { matcher: "/store/returns", middlewares: [refuseReplacedRoute("Returns are arranged with customer service; open a support ticket.")] },
  ...["/store/payment-collections", "/store/payment-collections/*"].map((matcher) => ({
    matcher,
    middlewares: [refuseReplacedRoute("Online payment is not available yet: pay by EFT with your invoice number as reference.")],
  })),

  ...storePortalMiddlewares,
]
