import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NOTIFICATION_CATEGORY } from "@portal/integrations/notifications"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { requestInfo } from "../../../../../lib/access/request-info"
import { savePreferences } from "../../../../../lib/notifications/preferences"
import { readUnsubscribeToken } from "../../../../../lib/notifications/unsubscribe-link"
import type { StoreUnsubscribeType } from "./validators"

/**
 * An email's unsubscribe link (the page, and mail programs' one-click button through it): turns the person's
 * emails of that category to in-portal only. The signed token is the only authority, so it needs no sign-in; a
 * forged or altered one is refused and changes nothing.
 */
export async function POST(req: MedusaRequest<StoreUnsubscribeType>, res: MedusaResponse) {
  const { token, confirm } = req.validatedBody
  const link = readUnsubscribeToken(req.scope, token)
  if (!link) return res.status(400).json({ type: "invalid_data", code: "invalid_unsubscribe_link", message: "This unsubscribe link is not valid. Sign in and choose your emails on your Profile page." })
  const label = link.categories.map((category) => NOTIFICATION_CATEGORY[category].label).join(", ")
  if (confirm) {
    await savePreferences(req.scope, link.personId, link.categories.map((category) => ({ category, delivery: "portal" as const })))
    await req.scope
      .resolve<AuditModuleService>(AUDIT_MODULE)
      .record({ action: "notifications.unsubscribed", person_id: link.personId, details: { categories: link.categories }, ...requestInfo(req) })
  }
  res.json({ categories: link.categories, label, unsubscribed: confirm })
}
