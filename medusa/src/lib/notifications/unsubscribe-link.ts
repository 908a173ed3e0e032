import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isNotificationCategory, type NotificationCategory } from "@portal/integrations/notifications"
import { sign, verify } from "jsonwebtoken"

const PURPOSE = "unsubscribe"

const secretOf = (container: Pick<MedusaContainer, "resolve">) => container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret!

/**
 * A token that turns one person's emails of some categories off (one for an email about one thing, the digest's
 * for all it covers): in every email's unsubscribe link and List-Unsubscribe header.
 */
export function unsubscribeToken(container: Pick<MedusaContainer, "resolve">, personId: string, categories: NotificationCategory | NotificationCategory[]): string {
  // Long-lived: an old email's link should still work. It can only ever turn emails off.
  return sign({ purpose: PURPOSE, cat: categories }, secretOf(container), { algorithm: "HS256", subject: personId, expiresIn: "400d" })
}

/** The person and categories of a genuine unsubscribe token; null for anything else (forged, altered, expired). */
export function readUnsubscribeToken(container: Pick<MedusaContainer, "resolve">, token: string): { personId: string; categories: NotificationCategory[] } | null {
  try {
    const claims = verify(token, secretOf(container), { algorithms: ["HS256"] }) as { purpose?: unknown; cat?: unknown; sub?: unknown }
    const categories = Array.isArray(claims.cat) ? claims.cat : [claims.cat]
    if (claims.purpose !== PURPOSE || typeof claims.sub !== "string" || !categories.length || !categories.every(isNotificationCategory)) return null
    return { personId: claims.sub, categories }
  } catch {
    return null
  }
}
