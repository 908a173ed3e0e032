import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { alertStaff, type MessageFacts, type TicketFacts, tellAuthor } from "../../../lib/support/notify"

export interface TellPeopleInput {
  ticket: TicketFacts
  message: MessageFacts
  /** A customer's new ticket or reply goes to the support team; a staff answer to the ticket's author. */
  to: "staff_new" | "staff_reply" | "author" | "author_resolved" | "nobody"
}

/**
 * Emails and inbox items about a message, as the workflow's last step: nothing after it can fail, so nothing is
 * sent for work that did not happen (and an email cannot be unsent). Each is keyed by the message: sent once.
 */
export const tellPeopleStep = createStep("tell-people-about-ticket", async ({ ticket, message, to }: TellPeopleInput, { container }) => {
  try {
    if (to === "staff_new" || to === "staff_reply") await alertStaff(container, ticket, message, to === "staff_new" ? "new" : "reply")
    if (to === "author" || to === "author_resolved") await tellAuthor(container, ticket, message, to === "author_resolved")
  } catch (error) {
    // An SMTP server that refuses leaves the notification row FAILURE, which the notifications job sends again
    // (lib/notifications/retry-emails): the message stays, and so does its ticket.
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`A support email could not be sent yet and will be retried: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`)
  }
  return new StepResponse(null)
})
