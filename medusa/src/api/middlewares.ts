import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { guardAuthRoutes } from "../lib/access/auth-routes"
import { portalErrorHandler } from "../lib/http/error-handler"
import { refuseBadPaging, refuseNulCharacters } from "../lib/http/request-guards"
import {
  refuseReplacedRoute,
  requireLiveCustomerSession,
  requireOwnCart,
  requireOwnCartReference,
  requireOwnVisibleOrder,
  requireSessionCustomer,
} from "../lib/access/middlewares"
import { AdminListAuditEntries } from "./admin/audit-entries/validators"
import { AdminSendPortalActivation } from "./admin/customers/[id]/portal-activation/validators"
import { AdminListErpChangeRequests } from "./admin/erp-change-requests/validators"
import { AdminListReorders } from "./admin/portal/reorders/validators"
import { AdminRunStatements } from "./admin/portal/statements/validators"
import { StoreExportAccounting } from "./store/portal/exports/validators"
import { StoreListPortalInvoices } from "./store/portal/invoices/validators"
import { StoreListPortalPayments } from "./store/portal/payments/validators"
import { StoreGetStatement } from "./store/portal/statement/validators"
import { StoreRequestActivation } from "./store/portal/activation/validators"
import { StoreCreateAddress, StoreUpdateAddress } from "./store/portal/addresses/validators"
import { StoreReorder } from "./store/portal/orders/[ord_no]/reorder/validators"
import { StoreListPortalOrders } from "./store/portal/orders/validators"
import { StoreSetPassword } from "./store/portal/password/validators"
import { StoreSubmitReorder } from "./store/portal/reorders/validators"
import { StoreCancelEmailChange, StoreConfirmEmailChange, StoreRequestEmailChange, StoreUpdateProfile } from "./store/portal/profile/validators"
import { StoreStartSession } from "./store/portal/sessions/validators"

/** The portal's customer routes: a bearer token of the customer whose live session let the request in. */
const signedIn = [authenticate("customer", ["bearer"]), requireSessionCustomer]

export default defineMiddlewares({
  errorHandler: portalErrorHandler,
  routes: [
    // Sign-in, reset requests and sessions: limits, audit and the backend-enforced idle timeout. Without `methods`
    // these run for every method and spelling that reaches Medusa's /auth and /store routes.
    // Input no route can use: answered 400 before any handler (or the database) sees it.
    ...["/auth/*", "/store/*", "/admin/*"].map((matcher) => ({ matcher, middlewares: [refuseNulCharacters, refuseBadPaging] })),
    { matcher: "/auth/*", middlewares: [guardAuthRoutes] },
    { matcher: "/store/*", middlewares: [requireLiveCustomerSession, requireOwnCartReference] },
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

    { matcher: "/store/portal/sessions", methods: ["POST"], middlewares: [authenticate("customer", ["bearer"]), validateAndTransformBody(StoreStartSession)] },
    { matcher: "/store/portal/sessions/current", methods: ["DELETE"], middlewares: signedIn },
    { matcher: "/store/portal/sign-ins", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/activation", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRequestActivation)] },
    { matcher: "/store/portal/password", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSetPassword)] },
    { matcher: "/store/portal/email-confirmation", methods: ["POST"], middlewares: [validateAndTransformBody(StoreConfirmEmailChange)] },
    { matcher: "/store/portal/email-change-cancellation", methods: ["POST"], middlewares: [validateAndTransformBody(StoreCancelEmailChange)] },
    { matcher: "/store/portal/profile", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/profile", methods: ["POST"], middlewares: [...signedIn, validateAndTransformBody(StoreUpdateProfile)] },
    { matcher: "/store/portal/profile/email", methods: ["POST"], middlewares: [...signedIn, validateAndTransformBody(StoreRequestEmailChange)] },
    { matcher: "/store/portal/addresses", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/addresses", methods: ["POST"], middlewares: [...signedIn, validateAndTransformBody(StoreCreateAddress)] },
    { matcher: "/store/portal/addresses/:id", methods: ["POST"], middlewares: [...signedIn, validateAndTransformBody(StoreUpdateAddress)] },
    { matcher: "/store/portal/addresses/:id", methods: ["DELETE"], middlewares: signedIn },
    { matcher: "/store/portal/orders", methods: ["GET"], middlewares: [...signedIn, validateAndTransformQuery(StoreListPortalOrders, {})] },
    { matcher: "/store/portal/orders/:ord_no", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/orders/:ord_no/confirmation", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/orders/:ord_no/reorder", methods: ["POST"], middlewares: [...signedIn, validateAndTransformBody(StoreReorder)] },
    { matcher: "/store/portal/reorders", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/reorders", methods: ["POST"], middlewares: [...signedIn, validateAndTransformBody(StoreSubmitReorder)] },
    { matcher: "/store/portal/dashboard", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/account", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/invoices", methods: ["GET"], middlewares: [...signedIn, validateAndTransformQuery(StoreListPortalInvoices, {})] },
    { matcher: "/store/portal/invoices/:number", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/invoices/:number/download-link", methods: ["POST"], middlewares: signedIn },
    { matcher: "/store/portal/downloads/:token", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/payments", methods: ["GET"], middlewares: [...signedIn, validateAndTransformQuery(StoreListPortalPayments, {})] },
    { matcher: "/store/portal/statement", methods: ["GET"], middlewares: [...signedIn, validateAndTransformQuery(StoreGetStatement, {})] },
    { matcher: "/store/portal/statement/csv", methods: ["GET"], middlewares: [...signedIn, validateAndTransformQuery(StoreGetStatement, {})] },
    { matcher: "/store/portal/statement/download-link", methods: ["POST"], middlewares: [...signedIn, validateAndTransformBody(StoreGetStatement)] },
    { matcher: "/store/portal/statements", methods: ["GET"], middlewares: signedIn },
    { matcher: "/store/portal/statements/:id/download-link", methods: ["POST"], middlewares: signedIn },
    { matcher: "/store/portal/exports/:format", methods: ["GET"], middlewares: [...signedIn, validateAndTransformQuery(StoreExportAccounting, {})] },

    { matcher: "/admin/audit-entries", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListAuditEntries, {})] },
    { matcher: "/admin/portal/reorders", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReorders, {})] },
    { matcher: "/admin/portal/reorders/export", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReorders, {})] },
    { matcher: "/admin/portal/statements", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRunStatements)] },
    { matcher: "/admin/erp-change-requests", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListErpChangeRequests, {})] },
    { matcher: "/admin/customers/:id/portal-activation", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSendPortalActivation)] },
  ],
})
