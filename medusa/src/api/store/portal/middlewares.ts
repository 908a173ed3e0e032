import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireSignedInCustomer } from "../../../lib/access/middlewares"
import { answerFromAccountCache, dropAccountAnswersOnWrite } from "../../../lib/http/account-answer-cache"
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

const CACHED_ANSWERS = [
  "/store/portal/dashboard",
  "/store/portal/orders",
  "/store/portal/orders/:ord_no",
  "/store/portal/invoices",
  "/store/portal/invoices/:number",
  "/store/portal/payments",
  "/store/portal/statement",
  "/store/portal/statements",
]

/**
 * The portal's customer routes. One authentication for the whole prefix, every method: a route file added here is
 * private until it is put under ./public. Medusa sorts the wildcard before the routes' own validators, so a
 * visitor without a session hears 401 before any validation or handler runs.
 */
export const storePortalMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/*", middlewares: [requireSignedInCustomer, dropAccountAnswersOnWrite] },
  // Answers that depend only on the person, their account's data and the URL: kept until the account changes.
  ...CACHED_ANSWERS.map((matcher): MiddlewareRoute => ({ matcher, methods: ["GET"], middlewares: [answerFromAccountCache] })),
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
