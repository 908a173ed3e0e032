import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalAccessOf } from "../../../../lib/access/portal-access"
import { listInbox, unreadCount } from "../../../../lib/notifications/inbox"
import type { StoreListNotificationsType } from "./validators"

/** The signed-in person's notifications in this account, newest first, with how many are unread. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListNotificationsType>, res: MedusaResponse) {
  const { category, status, limit, offset } = req.validatedQuery
  const { membershipId } = portalAccessOf(req)
  const [page, unread] = await Promise.all([
    listInbox(req.scope, membershipId, { category, unreadOnly: status === "unread", limit, offset }),
    unreadCount(req.scope, membershipId),
  ])
  res.json({ ...page, unread_count: unread, limit, offset })
}
