import { model } from "@medusajs/framework/utils"
import { SupportAttachment } from "./support-attachment"
import { SupportTicket } from "./support-ticket"

/**
 * One message of a ticket's thread. `internal` notes are staff's alone: no customer route, email or count ever
 * includes them (the repository's customer queries filter them out).
 */
export const SupportMessage = model
  .define("support_message", {
    id: model.id({ prefix: "tmsg" }).primaryKey(),
    ticket: model.belongsTo(() => SupportTicket, { mappedBy: "messages" }),
    author_type: model.enum(["customer", "staff"]),
    author_person_id: model.text().nullable(),
    author_user_id: model.text().nullable(),
    author_name: model.text(),
    body: model.text(),
    internal: model.boolean().default(false),
    via: model.enum(["portal", "email", "admin"]),
    attachments: model.hasMany(() => SupportAttachment, { mappedBy: "message" }),
  })
  .indexes([{ on: ["ticket_id", "created_at"] }])
