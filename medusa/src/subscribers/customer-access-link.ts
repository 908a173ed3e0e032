import { storefrontUrl } from "../lib/storefront-url"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { AuthWorkflowEvents, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { findPortalCustomer, greetingName } from "../lib/access/identifier"
import { contactEmailOf } from "../lib/access/people"
import { CUSTOMER_ACCESS_MODULE } from "../modules/customer-access"
import type CustomerAccessModuleService from "../modules/customer-access/service"
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
  const { entity_id: entityId, actor_type: actorType, token, metadata } = event.data
  if (actorType !== "customer") return
  const recipient = await recipientOf(container, entityId)
  if (!recipient) return
  const activation = metadata?.purpose === "activation"
  const storefront = storefrontUrl()
  const link = `${storefront}/${activation ? "activate" : "reset-password"}?token=${encodeURIComponent(token)}`
  // Medusa's forgotten-password route issues its links for RESET_LINK_SECONDS too (15 minutes).
  const minutes = (activation ? ACTIVATION_LINK_SECONDS : RESET_LINK_SECONDS) / 60
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: recipient.email,
    channel: "email",
    template: activation ? "customer-activation" : "customer-password-reset",
    receiver_id: recipient.id,
    data: {
      name: recipient.name,
      customer_number: recipient.customerNumber,
      link,
      valid_for: minutes >= 60 ? `${minutes / 60} hours` : `${minutes} minutes`,
    },
  })
}

/**
 * Where a login's link goes: an account's own login (a customer number) to the account's address on file, a
 * person's login (their email) to that person.
 */
async function recipientOf(container: MedusaContainer, entityId: string) {
  if (entityId.includes("@")) {
    const person = await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.personByLogin(entityId)
    return person ? { id: person.id, email: person.email, name: person.full_name, customerNumber: null } : null
  }
  const customer = await findPortalCustomer(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), entityId)
  const contact = customer ? await contactEmailOf(container, customer) : null
  return customer && contact ? { id: customer.id, email: contact, name: greetingName(customer), customerNumber: customer.customer_number } : null
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
