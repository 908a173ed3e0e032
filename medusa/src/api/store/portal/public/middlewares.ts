import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreCancelEmailChange, StoreConfirmEmailChange } from "../profile/validators"
import { StoreRequestActivation } from "./activation/validators"
import { StoreAcceptInvitation } from "./invitation-acceptance/validators"
import { StoreInvitationPreview } from "./invitation-preview/validators"
import { StoreSetPassword } from "./password/validators"
import { StoreStartSession } from "./sessions/validators"
import { StoreSignInMethod } from "./sign-in-method/validators"
import { StoreUnsubscribe } from "./unsubscribe/validators"

/**
 * The portal's only routes a visitor reaches without a portal session: how an email signs in, asking for an
 * activation or reset link, following an emailed link (an unsubscribe link too), and turning a fresh sign-in token into a session (that one
 * checks the token itself).
 */
export const storePortalPublicMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/public/sessions", methods: ["POST"], middlewares: [authenticate("customer", ["bearer"]), validateAndTransformBody(StoreStartSession)] },
  { matcher: "/store/portal/public/sign-in-method", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSignInMethod)] },
  { matcher: "/store/portal/public/activation", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRequestActivation)] },
  { matcher: "/store/portal/public/password", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSetPassword)] },
  { matcher: "/store/portal/public/email-confirmation", methods: ["POST"], middlewares: [validateAndTransformBody(StoreConfirmEmailChange)] },
  { matcher: "/store/portal/public/email-change-cancellation", methods: ["POST"], middlewares: [validateAndTransformBody(StoreCancelEmailChange)] },
  { matcher: "/store/portal/public/invitation-preview", methods: ["POST"], middlewares: [validateAndTransformBody(StoreInvitationPreview)] },
  { matcher: "/store/portal/public/invitation-acceptance", methods: ["POST"], middlewares: [validateAndTransformBody(StoreAcceptInvitation)] },
  // An email's unsubscribe link: its signed token is the authority.
  { matcher: "/store/portal/public/unsubscribe", methods: ["POST"], middlewares: [validateAndTransformBody(StoreUnsubscribe)] },
]
