import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireSignedInCustomer } from "../../../lib/access/middlewares"
import { answerFromAccountCache, dropAccountAnswersOnWrite } from "../../../lib/http/account-answer-cache"
import { assertOrderNumber } from "../../../lib/orders/order-detail"
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
import { StoreGetStatement } from "./statement/validators"
import { storePortalTeamMiddlewares } from "./team/middlewares"
import { storePortalTicketsMiddlewares } from "./tickets/middlewares"

/** Answers that depend only on the person, their account's data and the URL: kept until the account changes. */
const CACHED_ANSWERS: MiddlewareRoute[] = [
  "/store/portal/dashboard",
  "/store/portal/orders",
  "/store/portal/invoices",
  "/store/portal/payments",
  "/store/portal/statements",
].map((matcher) => ({ matcher, methods: ["GET"], middlewares: [answerFromAccountCache()] }))

// Every view of an order or a statement is audited, from the cache too. (An invoice is not kept: its pay link is
// the payment provider's, made for each view.)
CACHED_ANSWERS.push(
  {
    matcher: "/store/portal/orders/:ord_no",
    methods: ["GET"],
    middlewares: [answerFromAccountCache({ auditHit: (req) => ({ action: "order.viewed", target_type: "order", target_id: String(assertOrderNumber(req.params.ord_no)) }) })],
  },
  {
    matcher: "/store/portal/statement",
    methods: ["GET"],
    middlewares: [
      answerFromAccountCache({
        auditHit: (req) => {
          const { from, to } = StoreGetStatement.parse(req.query)
          return { action: "statement.viewed", target_type: "statement", target_id: `${from}..${to}` }
        },
      }),
    ],
  }
)

/**
 * The portal's customer routes. One authentication for the whole prefix, every method: a route file added here is
 * private until it is put under ./public. Medusa sorts the wildcard before the routes' own validators, so a
 * visitor without a session hears 401 before any validation or handler runs.
 */
export const storePortalMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/*", middlewares: [requireSignedInCustomer, dropAccountAnswersOnWrite] },
  ...CACHED_ANSWERS,
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
