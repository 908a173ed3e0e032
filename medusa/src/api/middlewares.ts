import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { guardCustomerSignIn, guardPasswordResetRequest, requireLiveCustomerSession } from "../lib/access/middlewares"
import { AdminListAuditEntries } from "./admin/audit-entries/validators"
import { AdminListErpChangeRequests } from "./admin/erp-change-requests/validators"
import { StoreRequestActivation } from "./store/portal/activation/validators"
import { StoreCreateAddress, StoreUpdateAddress } from "./store/portal/addresses/validators"
import { StoreSetPassword } from "./store/portal/password/validators"
import { StoreConfirmEmailChange, StoreRequestEmailChange, StoreUpdateProfile } from "./store/portal/profile/validators"
import { StoreStartSession } from "./store/portal/sessions/validators"

const signedInCustomer = authenticate("customer", ["bearer"])

export default defineMiddlewares({
  routes: [
    // Sign-in, reset requests and sessions: limits, audit and the backend-enforced idle timeout.
    { matcher: "/auth/customer/portal", methods: ["POST"], middlewares: [guardCustomerSignIn] },
    { matcher: "/auth/customer/portal/reset-password", methods: ["POST"], middlewares: [guardPasswordResetRequest] },
    { matcher: "/store/*", middlewares: [requireLiveCustomerSession] },

    { matcher: "/store/portal/sessions", methods: ["POST"], middlewares: [signedInCustomer, validateAndTransformBody(StoreStartSession)] },
    { matcher: "/store/portal/sessions/current", methods: ["DELETE"], middlewares: [signedInCustomer] },
    { matcher: "/store/portal/sign-ins", methods: ["GET"], middlewares: [signedInCustomer] },
    { matcher: "/store/portal/activation", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRequestActivation)] },
    { matcher: "/store/portal/password", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSetPassword)] },
    { matcher: "/store/portal/email-confirmation", methods: ["POST"], middlewares: [validateAndTransformBody(StoreConfirmEmailChange)] },
    { matcher: "/store/portal/profile", methods: ["GET"], middlewares: [signedInCustomer] },
    { matcher: "/store/portal/profile", methods: ["POST"], middlewares: [signedInCustomer, validateAndTransformBody(StoreUpdateProfile)] },
    { matcher: "/store/portal/profile/email", methods: ["POST"], middlewares: [signedInCustomer, validateAndTransformBody(StoreRequestEmailChange)] },
    { matcher: "/store/portal/addresses", methods: ["GET"], middlewares: [signedInCustomer] },
    { matcher: "/store/portal/addresses", methods: ["POST"], middlewares: [signedInCustomer, validateAndTransformBody(StoreCreateAddress)] },
    { matcher: "/store/portal/addresses/:id", methods: ["POST"], middlewares: [signedInCustomer, validateAndTransformBody(StoreUpdateAddress)] },
    { matcher: "/store/portal/addresses/:id", methods: ["DELETE"], middlewares: [signedInCustomer] },

    { matcher: "/admin/audit-entries", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListAuditEntries, {})] },
    { matcher: "/admin/erp-change-requests", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListErpChangeRequests, {})] },
  ],
})
