import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTicketFile } from "../../../../../lib/support/serve-file"
import { checkFileLink } from "../../../../../lib/support/signed-links"
import { SUPPORT_MODULE } from "../../../../../modules/support"
import type SupportModuleService from "../../../../../modules/support/service"

/** A ticket's file for staff, through a link signed for staff (a customer's link does not open it here, nor the reverse). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const check = checkFileLink(req.scope, req.params.token ?? "", { staff: true })
  if (!check.ok) return res.status(check.status).json({ type: "not_found", message: check.message })
  const [attachment] = await req.scope
    .resolve<SupportModuleService>(SUPPORT_MODULE)
    .listSupportAttachments({ id: check.attachmentId }, { select: ["id", "file_key", "file_name", "content_type"] })
  if (!attachment) return res.status(404).json({ type: "not_found", message: "That file was not found." })
  await sendTicketFile(req.scope, res, attachment)
}
