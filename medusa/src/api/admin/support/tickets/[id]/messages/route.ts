import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toTicketFileInputs } from "../../../../../../lib/support/files"
import { checkedUploads } from "../../../../../../lib/support/uploads"
import { SUPPORT_MODULE } from "../../../../../../modules/support"
import type SupportModuleService from "../../../../../../modules/support/service"
import { answerTicketWorkflow } from "../../../../../../workflows/support/answer-ticket"
import { staffMember } from "../../../staff"
import type { AdminAnswerTicketType } from "../../../validators"

/** Staff answer (emailed to the ticket's author as they chose) or an internal note, with up to 5 files. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAnswerTicketType>, res: MedusaResponse) {
  const id = req.params.id!
  await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).retrieveSupportTicket(id, { select: ["id"] })
  const files = await checkedUploads(req, res)
  if (!files) return
  const staff = await staffMember(req)
  const { body, internal, status } = req.validatedBody
  const { result } = await answerTicketWorkflow(req.scope).run({
    input: { ticket_id: id, user_id: staff.id, author_name: staff.name, body, internal, status, files: toTicketFileInputs(files) },
  })
  res.status(201).json({ message: result.message, ticket: result.ticket })
}
