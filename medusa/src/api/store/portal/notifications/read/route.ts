import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { portalAccessOf } from "../../../../../lib/access/portal-access"
import { markRead, unreadCount } from "../../../../../lib/notifications/inbox"
import type { StoreMarkNotificationsReadType } from "../validators"

/** Marks some notifications read (only the person's own are touched), or all of them. */
export async function POST(req: AuthenticatedMedusaRequest<StoreMarkNotificationsReadType>, res: MedusaResponse) {
  const { membershipId } = portalAccessOf(req)
  const { ids, all } = req.validatedBody
  if (Boolean(ids) === Boolean(all)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Send the ids of the notifications to mark read, or all: true.")
  const marked = await markRead(req.scope, membershipId, all ? "all" : ids!)
  res.json({ marked, unread_count: await unreadCount(req.scope, membershipId) })
}
