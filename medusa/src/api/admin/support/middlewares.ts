import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { acceptTicketUploads } from "../../../lib/support/uploads"
import { AdminAnswerTicket, AdminListTickets, AdminRequestErpChange, AdminSaveSavedReply, AdminTicketReport, AdminUpdateTicket } from "./validators"

export const adminSupportMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/support/tickets", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListTickets, {})] },
  { matcher: "/admin/support/tickets/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateTicket)] },
  { matcher: "/admin/support/tickets/:id/messages", methods: ["POST"], middlewares: [acceptTicketUploads, validateAndTransformBody(AdminAnswerTicket)] },
  { matcher: "/admin/support/tickets/:id/erp-requests", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRequestErpChange)] },
  { matcher: "/admin/support/saved-replies", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSaveSavedReply)] },
  { matcher: "/admin/support/saved-replies/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSaveSavedReply)] },
  { matcher: "/admin/support/report", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminTicketReport, {})] },
]
