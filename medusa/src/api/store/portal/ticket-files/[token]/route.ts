import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTicketFile } from "../../../../../lib/support/serve-file"
import { checkFileLink } from "../../../../../lib/support/signed-links"
import { ticketViewer } from "../../../../../lib/support/viewer"
import { SUPPORT_MODULE } from "../../../../../modules/support"
import type SupportModuleService from "../../../../../modules/support/service"

/**
 * A ticket's file through its signed link: only for the account it was signed for, and only while the person may
 * still read the ticket (a role or location change since counts). Always a download, never rendered by the browser.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const check = checkFileLink(req.scope, req.params.token ?? "", { customer_id: req.auth_context.actor_id })
  if (!check.ok) return res.status(check.status).json({ type: check.status === 410 ? "link_expired" : "not_found", message: check.message })
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [attachment] = await support.listSupportAttachments(
    { id: check.attachmentId },
    { select: ["id", "ticket_id", "file_key", "file_name", "content_type", "message.internal"], relations: ["message"] }
  )
  // A file of a staff note is staff's, whatever link is shown.
  const visible = attachment && !attachment.message.internal ? await support.queries.visibleTicketId(await ticketViewer(req), attachment.ticket_id) : null
  if (!attachment || !visible) return res.status(404).json({ type: "not_found", message: "That file was not found." })
  await sendTicketFile(req.scope, res, attachment)
}
