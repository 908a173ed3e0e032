import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { AuthWorkflowEvents, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { findPortalCustomer, greetingName } from "../lib/access/identifier"
import { ACTIVATION_LINK_SECONDS, RESET_LINK_SECONDS } from "../workflows/customer-access/send-access-link"

interface PasswordResetEvent {
  entity_id: string
  actor_type: string
  token: string
  metadata?: { purpose?: string }
}

/**
 * Emails the one-time link of an activation or password reset (Medusa's `auth.password_reset`) to the customer's
 * address on file, through the notification module's email channel.
 */
export default async function sendCustomerAccessLink({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: customerNumber, actor_type: actorType, token, metadata } = event.data
  if (actorType !== "customer") return
  const customer = await findPortalCustomer(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), customerNumber)
  if (!customer?.email) return
  const activation = metadata?.purpose === "activation"
  const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
  const link = `${storefront}/${activation ? "activate" : "reset-password"}?token=${encodeURIComponent(token)}`
  // Medusa's forgotten-password route issues its links for RESET_LINK_SECONDS too (15 minutes).
  const minutes = (activation ? ACTIVATION_LINK_SECONDS : RESET_LINK_SECONDS) / 60
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: customer.email,
    channel: "email",
    template: activation ? "customer-activation" : "customer-password-reset",
    receiver_id: customer.id,
    data: {
      name: greetingName(customer),
      customer_number: customer.customer_number,
      link,
      valid_for: minutes >= 60 ? `${minutes / 60} hours` : `${minutes} minutes`,
    },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
