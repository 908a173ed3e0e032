import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendCustomerEmail } from "../../../../../../../lib/notifications/staff-log"

/** Sends one of the customer's notification emails again, as a new email that points at the original. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const notification = await resendCustomerEmail(req.scope, req.params.id!, req.params.notification_id!, req.auth_context.actor_id)
  res.status(201).json({ notification })
}
