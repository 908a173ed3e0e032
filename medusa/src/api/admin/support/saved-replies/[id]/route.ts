import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUPPORT_MODULE } from "../../../../../modules/support"
import type SupportModuleService from "../../../../../modules/support/service"
import type { AdminSaveSavedReplyType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminSaveSavedReplyType>, res: MedusaResponse) {
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  await support.retrieveSavedReply(req.params.id!, { select: ["id"] })
  res.json({ saved_reply: await support.updateSavedReplies({ id: req.params.id!, ...req.validatedBody }) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  await support.retrieveSavedReply(req.params.id!, { select: ["id"] })
  await support.deleteSavedReplies(req.params.id!)
  res.json({ id: req.params.id, object: "saved_reply", deleted: true })
}
