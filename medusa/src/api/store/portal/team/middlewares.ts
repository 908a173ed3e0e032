import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreInviteTeamMember, StoreUpdateTeamMember } from "./validators"

export const storePortalTeamMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/team/invitations", methods: ["POST"], middlewares: [validateAndTransformBody(StoreInviteTeamMember)] },
  { matcher: "/store/portal/team/members/:id", methods: ["POST"], middlewares: [validateAndTransformBody(StoreUpdateTeamMember)] },
]
