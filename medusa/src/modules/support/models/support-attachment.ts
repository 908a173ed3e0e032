import { model } from "@medusajs/framework/utils"
import { SupportMessage } from "./support-message"

/** A file of a message, kept by Medusa's File Module (`file_key`) after the checks of integrations/attachments. */
export const SupportAttachment = model
  .define("support_attachment", {
    id: model.id({ prefix: "tatt" }).primaryKey(),
    message: model.belongsTo(() => SupportMessage, { mappedBy: "attachments" }),
    /** Kept here too so that serving a file checks its ticket's account in one lookup. */
    ticket_id: model.text(),
    file_key: model.text(),
    file_name: model.text(),
    content_type: model.text(),
    size_bytes: model.number(),
  })
  .indexes([{ on: ["ticket_id"] }])
