import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireSignedInCustomer } from "../../../lib/access/middlewares"
import { storePortalAddressesMiddlewares } from "./addresses/middlewares"
import { storePortalExportsMiddlewares } from "./exports/middlewares"
import { storePortalInsightsMiddlewares } from "./insights/middlewares"
import { storePortalInvoicesMiddlewares } from "./invoices/middlewares"
import { storePortalNotificationsMiddlewares } from "./notifications/middlewares"
import { storePortalOrdersMiddlewares } from "./orders/middlewares"
import { storePortalPaymentsMiddlewares } from "./payments/middlewares"
import { storePortalProfileMiddlewares } from "./profile/middlewares"
import { storePortalPublicMiddlewares } from "./public/middlewares"
import { storePortalReordersMiddlewares } from "./reorders/middlewares"
import { storePortalSearchMiddlewares } from "./search/middlewares"
import { storePortalSessionsMiddlewares } from "./sessions/middlewares"
import { storePortalStatementMiddlewares } from "./statement/middlewares"
import { storePortalTeamMiddlewares } from "./team/middlewares"
import { storePortalTicketsMiddlewares } from "./tickets/middlewares"

/**
 * The portal's customer routes. One authentication for the whole prefix, every method: a route file added here is
 * private until it is put under ./public. Medusa sorts the wildcard before the routes' own validators, so a
 * visitor without a session hears 401 before any validation or handler runs.
 */
export const storePortalMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/*", middlewares: [requireSignedInCustomer] },
  ...storePortalPublicMiddlewares,
  ...storePortalProfileMiddlewares,
  ...storePortalAddressesMiddlewares,
  ...storePortalOrdersMiddlewares,
  ...storePortalReordersMiddlewares,
  ...storePortalInvoicesMiddlewares,
  ...storePortalPaymentsMiddlewares,
  ...storePortalStatementMiddlewares,
  ...storePortalExportsMiddlewares,
  ...storePortalSessionsMiddlewares,
  ...storePortalTeamMiddlewares,
  ...storePortalNotificationsMiddlewares,
  ...storePortalSearchMiddlewares,
  ...storePortalTicketsMiddlewares,
  ...storePortalInsightsMiddlewares,
]
