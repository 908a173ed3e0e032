import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListAuditEntries } from "./audit-entries/validators"
import { AdminSetPersonStatus } from "./customers/[id]/people/[person_id]/validators"
import { AdminListCustomerNotifications } from "./customers/[id]/notifications/validators"
import { AdminSaveSsoConnection } from "./customers/[id]/sso/validators"
import { AdminSendPortalActivation } from "./customers/[id]/portal-activation/validators"
import { AdminListErpChangeRequests } from "./erp-change-requests/validators"
import { AdminListReorders } from "./portal/reorders/validators"
import { AdminRunStatements } from "./portal/statements/validators"
import { adminSupportMiddlewares } from "./support/middlewares"

/** Staff routes the project adds; Medusa authenticates every /admin route itself (a user's session or token). */
export const adminMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/audit-entries", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListAuditEntries, {})] },
  { matcher: "/admin/portal/reorders", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReorders, {})] },
  { matcher: "/admin/portal/reorders/export", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReorders, {})] },
  { matcher: "/admin/portal/statements", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRunStatements)] },
  { matcher: "/admin/erp-change-requests", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListErpChangeRequests, {})] },
  { matcher: "/admin/customers/:id/portal-activation", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSendPortalActivation)] },
  { matcher: "/admin/customers/:id/people/:person_id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSetPersonStatus)] },
  { matcher: "/admin/customers/:id/sso", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSaveSsoConnection)] },
  { matcher: "/admin/customers/:id/notifications", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCustomerNotifications, {})] },
  ...adminSupportMiddlewares,
]
