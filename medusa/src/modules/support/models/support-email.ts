import { model } from "@medusajs/framework/utils"

/**
 * The Message-IDs of a ticket's emails, both ways: replies thread by their In-Reply-To / References, and an email
 * that arrives twice (a reply-all reaching several of our addresses) is recognised by its own id.
 */
export const SupportEmail = model
  .define("support_email", {
    id: model.id({ prefix: "tmail" }).primaryKey(),
    message_id: model.text().unique(),
    ticket_id: model.text(),
    direction: model.enum(["inbound", "outbound"]),
  })
  .indexes([{ on: ["ticket_id"] }])
