import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_CATEGORIES } from "@portal/integrations/notifications"
import { auditCustomerAction } from "../../../../../lib/access/audit"
import { portalAccessOf } from "../../../../../lib/access/portal-access"
import { preferencesOf, savePreferences } from "../../../../../lib/notifications/preferences"
import type { StoreUpdateNotificationPreferencesType } from "../validators"

/** How the signed-in person hears about each category their role receives. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { personId, role } = portalAccessOf(req)
  res.json({ preferences: await preferencesOf(req.scope, personId, role) })
}

export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateNotificationPreferencesType>, res: MedusaResponse) {
  const { personId, role } = portalAccessOf(req)
  const choices = NOTIFICATION_CATEGORIES.flatMap((category) => {
    const delivery = req.validatedBody[category]
    return delivery ? [{ category, delivery }] : []
  })
  if (!choices.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Say how to hear about at least one category: ${NOTIFICATION_CATEGORIES.join(", ")}.`)
  await savePreferences(req.scope, personId, choices)
  await auditCustomerAction(req, { action: "notifications.preferences_changed", details: Object.fromEntries(choices.map((choice) => [choice.category, choice.delivery])) })
  res.json({ preferences: await preferencesOf(req.scope, personId, role) })
}
