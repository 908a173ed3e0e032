import { model } from "@medusajs/framework/utils"

/**
 * That a person has read one of their in-portal notifications (a `feed` row of Medusa's Notification Module, whose
 * receiver is the person's membership in the account).
 */
export const NotificationReceipt = model
  .define("notification_receipt", {
    id: model.id({ prefix: "nrcpt" }).primaryKey(),
    notification_id: model.text(),
    membership_id: model.text(),
    read_at: model.dateTime(),
  })
  .indexes([{ on: ["notification_id"], unique: true }, { on: ["membership_id"] }])
