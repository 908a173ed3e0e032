import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { NOTIFICATION_CATEGORY, type DeliveryMode, type NotificationCategory } from "@portal/integrations/notifications"
import { can } from "@portal/integrations/roles"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type { TeamMember } from "../../modules/customer-access/repositories/account-team"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../modules/customer-notifications/service"
import { erpAddressIds } from "../access/order-scope"
import { personForLogin } from "../access/people"

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

/**
 * An account activated before people existed has its own login (by customer number) but no person until that login
 * is next used; it is made now, the same way (its Admin, at the account's contact email), so the account hears of
 * its orders. An account never activated has no login and hears nothing.
 */
async function ensureAccountLoginPerson(container: MedusaContainer, customerId: string): Promise<boolean> {
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["metadata"] })
  const number = customer.metadata?.customer_number
  if (typeof number !== "string") return false
  const [login] = await container.resolve(Modules.AUTH).listProviderIdentities({ provider: "portal", entity_id: number }, { select: ["id"] })
  return Boolean(login && (await personForLogin(container, number)))
}

/** Everyone active in these accounts with their locations and delivery choices, read once per dispatch. */
export async function accountRecipients(container: MedusaContainer, customerIds: string[]): Promise<Map<string, { member: TeamMember; recipient: Recipient }[]>> {
  const access = container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
  const notifications = container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE)
  const byAccount = new Map<string, { member: TeamMember; recipient: Recipient }[]>()
  for (const customerId of customerIds) {
    let members = (await access.team.listMembers(customerId)).filter((member) => member.status === "active")
    if (!members.length && (await ensureAccountLoginPerson(container, customerId))) members = (await access.team.listMembers(customerId)).filter((member) => member.status === "active")
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
