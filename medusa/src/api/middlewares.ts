import { defineMiddlewares } from "@medusajs/framework/http"
import { guardAuthRoutes } from "../lib/access/auth-routes"
import { dropAllAnswersOnStaffWrite } from "../lib/http/account-answer-cache"
import { portalErrorHandler } from "../lib/http/error-handler"
import { refuseBadPaging, refuseNulCharacters } from "../lib/http/request-guards"
import { adminMiddlewares } from "./admin/middlewares"
import { storeMiddlewares } from "./store/middlewares"

/**
 * Medusa loads only this file; each API folder declares its own routes' middlewares beside them (as Medusa's
 * api/store/customers/middlewares.ts), and they meet here.
 */
export default defineMiddlewares({
  errorHandler: portalErrorHandler,
  routes: [
    // Input no route can use: answered 400 before any handler (or the database) sees it.
    ...["/auth/*", "/store/*", "/admin/*"].map((matcher) => ({ matcher, middlewares: [refuseNulCharacters, refuseBadPaging] })),
    // Sign-in, reset requests: limits, audit; only the exact shapes and methods of Medusa's /auth routes get through.
    { matcher: "/auth/*", middlewares: [guardAuthRoutes] },
    ...storeMiddlewares,
    // A staff change may touch any account's cached answers (lib/http/account-answer-cache).
    { matcher: "/admin/*", middlewares: [dropAllAnswersOnStaffWrite] },
    ...adminMiddlewares,
  ],
})
