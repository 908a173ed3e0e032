import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { consume } from "../../../../lib/access/rate-limits"
import { TooManyRequestsError } from "../../../../lib/http/too-many-requests"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { requestInfo } from "../../../../lib/access/request-info"
import { toTicketFileInputs } from "../../../../lib/support/files"
import { portalTicketSummary } from "../../../../lib/support/portal-ticket"
import { ticketSubject } from "../../../../lib/support/subject"
import { checkedUploads } from "../../../../lib/support/uploads"
import { ticketViewer } from "../../../../lib/support/viewer"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { createTicketWorkflow } from "../../../../workflows/support/create-ticket"
import type { StoreCreateTicketType, StoreListTicketsType } from "./validators"

/** The tickets this person may read: their own, and by their role the account's order or invoice tickets. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListTicketsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const statuses = status === "active" ? (["open", "waiting_on_customer"] as const) : status && status !== "all" ? [status] : undefined
  const { rows, count } = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).queries.listVisible(await ticketViewer(req), { status: statuses ? [...statuses] : undefined, limit, offset })
  res.json({ tickets: rows.map(portalTicketSummary), count, limit, offset })
}

/**
 * Opens a ticket, with up to 5 files (multipart `files`), about what the person can see: an order (and one of its
 * lines) they may read, an invoice they may read, a help article, or a search that found nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateTicketType>, res: MedusaResponse) {
  const access = portalAccessOf(req)
  const until = await consume(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), [["ticketsPerPerson", access.personId]])
  if (until) throw new TooManyRequestsError("You have asked us many questions in the last hour. Add to one of them, or ask again later.", until)
  const files = await checkedUploads(req, res)
  if (!files) return
  const subject = await ticketSubject(req, req.validatedBody)
  if (!subject) throw new MedusaError(MedusaError.Types.NOT_FOUND, "That order or invoice was not found among the ones you can see.")
  const { body, category, help_article, search_query } = req.validatedBody
  const { result } = await createTicketWorkflow(req.scope).run({
    input: {
      ticket: {
        customer_id: access.customerId,
        cust_no: subject.cust_no,
        author_person_id: access.personId,
        author_name: subject.author_name,
        author_email: subject.author_email,
        category,
        topic: subject.topic,
        subject: req.validatedBody.subject,
        order_no: subject.order_no,
        order_line_no: subject.order_line_no,
        order_line_description: subject.order_line_description,
        invoice_number: subject.invoice_number,
        help_article: help_article ?? null,
        search_query: search_query ?? null,
      },
      body,
      files: toTicketFileInputs(files),
      origin: requestInfo(req),
    },
  })
  res.status(201).json({ ticket: portalTicketSummary(result.ticket) })
}
