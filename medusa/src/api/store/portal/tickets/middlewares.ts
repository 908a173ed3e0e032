import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { acceptTicketUploads } from "../../../../lib/support/uploads"
import { StoreAddTicketMessage, StoreCreateTicket, StoreListTickets, StoreRateTicket } from "./validators"

export const storePortalTicketsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/portal/tickets", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListTickets, {})] },
  { matcher: "/store/portal/tickets", methods: ["POST"], middlewares: [acceptTicketUploads, validateAndTransformBody(StoreCreateTicket)] },
  { matcher: "/store/portal/tickets/:id/messages", methods: ["POST"], middlewares: [acceptTicketUploads, validateAndTransformBody(StoreAddTicketMessage)] },
  { matcher: "/store/portal/tickets/:id/rating", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRateTicket)] },
]
