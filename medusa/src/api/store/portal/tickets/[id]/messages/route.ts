import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { consume } from "../../../../../../lib/access/rate-limits"
import { TooManyRequestsError } from "../../../../../../lib/http/too-many-requests"
import { portalAccessOf } from "../../../../../../lib/access/portal-access"
import { requestInfo } from "../../../../../../lib/access/request-info"
import { toTicketFileInputs } from "../../../../../../lib/support/files"
import { authorNameOf, visibleTicketId } from "../../../../../../lib/support/guards"
import { portalTicket } from "../../../../../../lib/support/portal-ticket"
import { checkedUploads } from "../../../../../../lib/support/uploads"
import { addCustomerMessageWorkflow } from "../../../../../../workflows/support/add-customer-message"
import type { StoreAddTicketMessageType } from "../../validators"

/** A reply on the ticket, with up to 5 files; on a resolved ticket (within 14 days) it reopens it. */
export async function POST(req: AuthenticatedMedusaRequest<StoreAddTicketMessageType>, res: MedusaResponse) {
  const ticketId = await visibleTicketId(req)
  const { customerId, personId } = portalAccessOf(req)
  const until = await consume(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), [["ticketRepliesPerPerson", personId]])
  if (until) throw new TooManyRequestsError("You have sent us many messages in the last hour. Please wait a little before the next.", until)
  const files = await checkedUploads(req, res)
  if (!files) return
  await addCustomerMessageWorkflow(req.scope).run({
    input: {
      ticket_id: ticketId,
      customer_id: customerId,
      person_id: personId,
      author_name: await authorNameOf(req.scope, personId),
      body: req.validatedBody.body,
      files: toTicketFileInputs(files),
      via: "portal",
      origin: requestInfo(req),
    },
  })
  res.status(201).json({ ticket: await portalTicket(req.scope, ticketId, customerId) })
}
