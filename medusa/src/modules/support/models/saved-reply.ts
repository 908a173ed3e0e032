import { model } from "@medusajs/framework/utils"

/** Answers staff keep to start a reply from. */
export const SavedReply = model.define("support_saved_reply", {
  id: model.id({ prefix: "tsr" }).primaryKey(),
  title: model.text(),
  body: model.text(),
})
