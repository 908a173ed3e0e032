import { z } from "@medusajs/framework/zod"
import { DELIVERY_MODES, NOTIFICATION_CATEGORIES, type DeliveryMode, type NotificationCategory } from "@portal/integrations/notifications"

const category = z.enum(NOTIFICATION_CATEGORIES, { message: `Choose a category: ${NOTIFICATION_CATEGORIES.join(", ")}.` })

export const StoreListNotifications = z
  .object({
    category: category.optional(),
    status: z.enum(["all", "unread"], { message: "Choose all or unread." }).default("all"),
    limit: z.coerce.number().int().min(1).max(100, "Show at most 100 notifications a page.").default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type StoreListNotificationsType = z.infer<typeof StoreListNotifications>

/** Either `ids` or `all: true` (the route says so when neither or both come). */
export const StoreMarkNotificationsRead = z
  .object({
    ids: z.array(z.string().trim().min(1).max(100)).min(1, "Name at least one notification.").max(200, "Mark at most 200 at a time, or all.").optional(),
    all: z.literal(true, { message: "all can only be true." }).optional(),
  })
  .strict()
export type StoreMarkNotificationsReadType = z.infer<typeof StoreMarkNotificationsRead>

/** `{ "order_updates": "digest", "payments": "portal" }`: the categories to change, each with how to hear about it. */
export const StoreUpdateNotificationPreferences = z
  .object(Object.fromEntries(NOTIFICATION_CATEGORIES.map((name) => [name, z.enum(DELIVERY_MODES).optional()])) as Record<NotificationCategory, z.ZodOptional<z.ZodEnum<{ [K in DeliveryMode]: K }>>>)
  .strict()
export type StoreUpdateNotificationPreferencesType = z.infer<typeof StoreUpdateNotificationPreferences>
