import { DELIVERY_MODES, NOTIFICATION_CATEGORIES } from "@portal/integrations/notifications"
import { model } from "@medusajs/framework/utils"

/** How a person hears about one category; without a row, by email at once. In-portal is always on. */
export const NotificationPreference = model
  .define("notification_preference", {
    id: model.id({ prefix: "npref" }).primaryKey(),
    person_id: model.text(),
    category: model.enum([...NOTIFICATION_CATEGORIES]),
    delivery: model.enum([...DELIVERY_MODES]),
  })
  .indexes([{ on: ["person_id", "category"], unique: true }])
