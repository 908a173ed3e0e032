import type { MedusaContainer } from "@medusajs/framework/types"
import { NOTIFICATION_CATEGORY, type DeliveryMode, type NotificationCategory } from "@portal/integrations/notifications"
import { can } from "@portal/integrations/roles"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type { TeamMember } from "../../modules/customer-access/repositories/account-team"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../modules/customer-notifications/service"
import { erpAddressIds } from "../access/order-scope"

/** A person in an account, as notifications reach them. */
export interface Recipient {
  membership_id: string
  person_id: string
  email: string
  name: string | null
  /** The OrderFlow delivery addresses they are limited to; null: all of the account's. */
  deliveredTo: Set<number> | null
  delivery: Record<NotificationCategory, DeliveryMode>
}

/** Everyone active in these accounts with their locations and delivery choices, read once per dispatch. */
export async function accountRecipients(container: MedusaContainer, customerIds: string[]): Promise<Map<string, { member: TeamMember; recipient: Recipient }[]>> {
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const notifications = container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE)
  const byAccount = new Map<string, { member: TeamMember; recipient: Recipient }[]>()
  for (const customerId of customerIds) {
    const members = (await access.team.listMembers(customerId)).filter((member) => member.status === "active")
    const choices = await notifications.inbox.preferences(members.map((member) => member.person_id))
    const entries = []
    for (const member of members) {
      const delivery = Object.fromEntries(Object.keys(NOTIFICATION_CATEGORY).map((category) => [category, "immediate"])) as Record<NotificationCategory, DeliveryMode>
      for (const choice of choices) if (choice.person_id === member.person_id) delivery[choice.category] = choice.delivery
      const deliveredTo = member.location_ids === null ? null : new Set(await erpAddressIds(container, customerId, member.location_ids))
      entries.push({ member, recipient: { membership_id: member.id, person_id: member.person_id, email: member.email, name: member.full_name, deliveredTo, delivery } })
    }
    byAccount.set(customerId, entries)
  }
  return byAccount
}

/**
 * Who hears about a category of news: the people whose role covers it (order news: Buyers and Admins; money:
 * Accounts and Admins), and of those limited to some locations, only the ones the order goes to.
 */
export function recipientsFor(
  members: { member: TeamMember; recipient: Recipient }[],
  category: NotificationCategory,
  delivAddrId: number | null
): Recipient[] {
  const audience = NOTIFICATION_CATEGORY[category].audience
  return members
    .filter(({ member }) => can(member.role, audience))
    .filter(({ recipient }) => recipient.deliveredTo === null || (delivAddrId !== null && recipient.deliveredTo.has(delivAddrId)))
    .map(({ recipient }) => recipient)
}
