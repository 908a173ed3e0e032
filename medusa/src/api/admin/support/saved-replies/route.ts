import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import type { AdminSaveSavedReplyType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const savedReplies = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).listSavedReplies({}, { order: { title: "ASC" }, take: 200 })
  res.json({ saved_replies: savedReplies })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSaveSavedReplyType>, res: MedusaResponse) {
  const savedReply = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).createSavedReplies(req.validatedBody)
  res.status(201).json({ saved_reply: savedReply })
}
