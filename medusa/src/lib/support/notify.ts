import type { MedusaContainer } from "@medusajs/framework/types"
import { TICKET_CATEGORY_LABEL, ticketReference, type TicketCategory } from "@portal/integrations/support"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../modules/customer-notifications/service"
import type { SupportReplyEmailData } from "../../modules/smtp-notification/emails/support-reply"
import type { SupportStaffAlertEmailData } from "../../modules/smtp-notification/emails/support-staff-alert"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { notificationRows } from "../notifications/notification-rows"
import { unsubscribeToken } from "../notifications/unsubscribe-link"
import { storefrontUrl } from "../storefront-url"
import { supportSettings } from "./settings"
import { replyAddress } from "./signed-links"

export interface TicketFacts {
  id: string
  number: number
  customer_id: string
  cust_no: string
  author_person_id: string
  category: TicketCategory
  subject: string
}

export interface MessageFacts {
  id: string
  author_name: string
  body: string
  via: "portal" | "email" | "admin"
  attachment_names: string[]
}

const adminUrl = () => (process.env.MEDUSA_ADMIN_URL || process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.MEDUSA_PORT || 9000}`).replace(/\/+$/, "")
const mailDomain = () => /@([^>\s]+)/.exec(process.env.MAIL_FROM || "portal@wholesale.example")?.[1] ?? "wholesale.example"

/** The Message-ID of the email a ticket message is sent as: fixed, so a retried send is the same email. */
export const supportMessageId = (messageId: string) => `<support-${messageId}@${mailDomain()}>`

/** A new ticket or a customer's reply, told to the support team's address (once per message). */
export async function alertStaff(container: MedusaContainer, ticket: TicketFacts, message: MessageFacts, kind: "new" | "reply"): Promise<void> {
  const data: SupportStaffAlertEmailData = {
    kind,
    reference: ticketReference(ticket.number),
    subject: ticket.subject,
    category_label: TICKET_CATEGORY_LABEL[ticket.category],
    customer: ticket.cust_no,
    author: message.author_name,
    body: message.body,
    attachment_count: message.attachment_names.length,
    via: message.via === "email" ? "email" : "portal",
    link: `${adminUrl()}/app/support/${ticket.id}`,
  }
  await notificationRows(container).createNotifications({
    to: supportSettings().staffEmail,
    channel: "email",
    template: "support-staff-alert",
    trigger_type: kind === "new" ? "ticket.created" : "ticket.customer_replied",
    resource_id: ticket.id,
    resource_type: "support_ticket",
    idempotency_key: `support-staff:${message.id}`,
    data: { ...data },
    provider_data: { attempts: 1, last_attempt_at: new Date().toISOString() },
  })
}

/**
 * A staff answer, told to the ticket's author as they chose for "Answers to my questions": in the portal's inbox
 * always, by email at once unless they chose the daily email or the portal only. The email asks replies to the
 * ticket's signed address and threads under the customer's last email, so answering it lands on the ticket.
 */
export async function tellAuthor(container: MedusaContainer, ticket: TicketFacts, message: MessageFacts, resolved: boolean): Promise<void> {
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const [person, membership] = await Promise.all([access.team.personById(ticket.author_person_id), access.team.membership(ticket.author_person_id, ticket.customer_id)])
  // Someone who has left the account hears nothing more of its tickets.
  if (!person || person.status !== "active" || !membership) return
  const reference = ticketReference(ticket.number)
  const link = `${storefrontUrl()}/account/support/${ticket.id}`
  const title = resolved ? `${reference} is resolved` : `We answered ${reference}`
  const rows = notificationRows(container)
  const kind = resolved ? "ticket.resolved" : "ticket.replied"
  await rows.createNotifications({
    to: membership.id,
    receiver_id: membership.id,
    channel: "feed",
    template: kind,
    trigger_type: kind,
    resource_id: ticket.id,
    resource_type: "support_ticket",
    idempotency_key: `support-feed:${message.id}`,
    data: { category: "support", title, body: `${ticket.subject}: ${message.body.slice(0, 160)}`, link: `/account/support/${ticket.id}` },
  })
  const [choice] = await container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE).inbox.preferences([person.id])
    .then((choices) => choices.filter((row) => row.category === "support"))
  if ((choice?.delivery ?? "immediate") !== "immediate") return

  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const earlier = await support.listSupportEmails({ ticket_id: ticket.id }, { select: ["message_id", "direction", "created_at"], order: { created_at: "ASC" }, take: 50 })
  const lastInbound = earlier.filter((email) => email.direction === "inbound").at(-1)
  const messageId = supportMessageId(message.id)
  const token = unsubscribeToken(container, person.id, "support")
  const data: SupportReplyEmailData = {
    name: person.full_name,
    reference,
    subject: ticket.subject,
    staff_name: message.author_name,
    body: message.body,
    attachment_names: message.attachment_names,
    resolved,
    link,
    preferences_url: `${storefrontUrl()}/account/profile#notifications`,
    unsubscribe_url: `${storefrontUrl()}/unsubscribe?token=${encodeURIComponent(token)}`,
    one_click_unsubscribe_url: `${storefrontUrl()}/unsubscribe/one-click?token=${encodeURIComponent(token)}`,
    reply_to: replyAddress(container, supportSettings().replyAddress, ticket.id),
    message_id: messageId,
    in_reply_to: lastInbound?.message_id ?? null,
    references: earlier.map((email) => email.message_id).slice(-20),
  }
  // Recorded before sending: a reply to it may arrive within seconds of the send.
  await support.createSupportEmails({ message_id: messageId, ticket_id: ticket.id, direction: "outbound" })
  await rows.createNotifications({
    to: person.email,
    receiver_id: membership.id,
    channel: "email",
    template: "support-reply",
    trigger_type: kind,
    resource_id: ticket.id,
    resource_type: "support_ticket",
    idempotency_key: `support-email:${message.id}`,
    data: { ...data },
    provider_data: { attempts: 1, last_attempt_at: new Date().toISOString() },
  })
}
