import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerNotificationLog } from "../../../../../lib/notifications/staff-log"
import type { AdminListCustomerNotificationsType } from "./validators"

/** What the portal told a customer's people, newest first: each email and inbox item, its status and attempts. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCustomerNotificationsType>, res: MedusaResponse) {
  const { channel, status, limit, offset } = req.validatedQuery
  res.json({ ...(await customerNotificationLog(req.scope, req.params.id!, { channel, status, limit, offset })), limit, offset })
}
