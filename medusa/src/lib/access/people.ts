import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import type { PersonRow } from "../../modules/customer-access/repositories/account-team"
import type CustomerAccessModuleService from "../../modules/customer-access/service"
import { findPortalCustomer, normalizeIdentifier, type PortalCustomer } from "./identifier"

const accessOf = (container: MedusaContainer) => container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)
const knexOf = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/**
 * The portal customers this email belongs to: the portal email of each, and the OrderFlow email of each (OrderFlow
 * lets several customers share one; the import leaves a shared one off the Medusa customer, so it is read from the
 * OrderFlow facts the sync module keeps). Emails are stored lower-cased (the import and the profile form clean them).
 */
async function customersWithEmail(container: MedusaContainer, email: string): Promise<PortalCustomer[]> {
  const wanted = email.trim().toLowerCase()
  const erpCustomers = await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpCustomers({ email: wanted }, { select: ["customer_id"], take: 50 })
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers(
      { $or: [{ email: wanted }, { id: erpCustomers.map((erp) => erp.customer_id) }] },
      { select: ["id", "email", "first_name", "last_name", "company_name", "metadata"], take: 50 }
    )
  return customers
    .flatMap((customer) => {
      const number = customer.metadata?.customer_number
      if (typeof number !== "string") return []
      const { id, email: customerEmail, first_name, last_name, company_name } = customer
      return [{ id, customer_number: number, email: customerEmail ?? null, first_name: first_name ?? null, last_name: last_name ?? null, company_name: company_name ?? null }]
    })
    .sort((a, b) => a.customer_number.localeCompare(b.customer_number))
}

/**
 * Where an account's own mail goes: its portal email, else the OrderFlow email it shares with other customers (the
 * import leaves a shared email off each Medusa customer, but it still reaches the company).
 */
export async function contactEmailOf(container: MedusaContainer, customer: Pick<PortalCustomer, "id" | "email">): Promise<string | null> {
  if (customer.email) return customer.email
  const [erp] = await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpCustomers({ customer_id: customer.id }, { select: ["email"] })
  return erp?.email ?? null
}

/** The account's contact email (lower-cased): its portal email, else its OrderFlow email; null when it has none. */
export async function accountContactEmail(container: MedusaContainer, customerId: string): Promise<string | null> {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email"] })
  if (!customer) return null
  return (await contactEmailOf(container, { id: customer.id, email: customer.email ?? null }))?.trim().toLowerCase() ?? null
}

/**
 * The account an email or customer number asks to activate, with the address its link goes to: for an email,
 * the first of the accounts it belongs to (activating one makes its person the Admin of all of them on first
 * sign-in); null when nothing matches.
 */
export async function accountToActivate(container: MedusaContainer, typed: string): Promise<{ customer: PortalCustomer; contact: string | null } | null> {
  const identifier = normalizeIdentifier(typed)
  if (!identifier) return null
  const customer = identifier.kind === "email" ? (await customersWithEmail(container, identifier.value))[0] : await findPortalCustomer(knexOf(container), identifier.value)
  return customer ? { customer, contact: await contactEmailOf(container, customer) } : null
}

/** A login made by single sign-on: `<connection id>:<subject>` (connection ids start with "sso_"). */
export const isSsoLogin = (entityId: string) => /^sso_[0-9A-Z]+:/.test(entityId)

export interface ResolvedLogin {
  /** The portal identity's entity_id to authenticate (a customer number or an email), or null: nobody. */
  entityId: string | null
  /** The account named: by its customer number (the session opens in it), or as the only one with that email. */
  customer: PortalCustomer | null
}

/**
 * Which login an email or customer number means. An email is a person's, once they exist; before that, the
 * account login of the customer with that email (the first of several that share it). A customer number is the
 * account's own login, or the login of the person its email belongs to, who then opens that account.
 */
export async function resolveLogin(container: MedusaContainer, typed: string): Promise<ResolvedLogin> {
  const identifier = normalizeIdentifier(typed)
  if (!identifier) return { entityId: null, customer: null }
  const access = accessOf(container)
  if (identifier.kind === "email") {
    const [person, customers] = await Promise.all([access.team.personByEmail(identifier.value), customersWithEmail(container, identifier.value)])
    // The account the email is OrderFlow's contact for, when it is one account's: the audit trail files the attempt there.
    const customer = customers.length === 1 ? customers[0]! : null
    // A person who signs in through their company's SSO has no password login; their account's own one still works.
    const ownLogin = person && !isSsoLogin(person.auth_entity_id) ? person.auth_entity_id : null
    return { entityId: ownLogin ?? customers[0]?.customer_number ?? person?.auth_entity_id ?? null, customer }
  }
  const customer = await findPortalCustomer(knexOf(container), identifier.value)
  if (!customer) return { entityId: null, customer: null }
  if (await access.team.personByLogin(customer.customer_number)) return { entityId: customer.customer_number, customer }
  const contact = await contactEmailOf(container, customer)
  const person = contact ? await access.team.personByEmail(contact) : null
  // A person whose own login is single sign-on has no password to check: the account's login keeps its own.
  if (person && !isSsoLogin(person.auth_entity_id) && (await access.team.membership(person.id, customer.id))) return { entityId: person.auth_entity_id, customer }
  return { entityId: customer.customer_number, customer }
}

/**
 * The person a portal login belongs to. A login from before people existed (an account's own, by customer number)
 * becomes a person on its first use: the Admin of that account and of every account sharing its OrderFlow email,
 * or, when that email already is a person's, that person gains the account. Null: no such account.
 */
export async function personForLogin(container: MedusaContainer, entityId: string): Promise<PersonRow | null> {
  const access = accessOf(container)
  const existing = await access.team.personByLogin(entityId)
  if (existing) return existing
  const customer = await findPortalCustomer(knexOf(container), entityId)
  if (!customer || customer.customer_number !== entityId) return null
  const contact = await contactEmailOf(container, customer)
  const email = (contact ?? customer.customer_number).trim().toLowerCase()
  const sharing = contact ? await customersWithEmail(container, contact) : []
  const accounts = [customer.id, ...sharing.map((other) => other.id).filter((id) => id !== customer.id)]
  const person =
    (await access.team.personByEmail(email)) ??
    (await access.team.ensurePerson({ authEntityId: entityId, email, fullName: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || null }))
  await access.team.grantMemberships(person.id, accounts, "admin", "activation")
  return person
}

/** The customer accounts behind a person's memberships, as the switcher lists them. */
export async function personAccounts(container: MedusaContainer, personId: string) {
  const memberships = await accessOf(container).team.listPersonMemberships(personId)
  if (!memberships.length) return []
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: memberships.map((membership) => membership.customer_id) }, { select: ["id", "company_name", "first_name", "last_name", "metadata"] })
  const byId = new Map(customers.map((customer) => [customer.id, customer]))
  return memberships.flatMap((membership) => {
    const customer = byId.get(membership.customer_id)
    if (!customer) return []
    const name = customer.company_name || [customer.first_name, customer.last_name].filter(Boolean).join(" ") || String(customer.metadata?.customer_number ?? "")
    return [{ customer_id: customer.id, customer_number: String(customer.metadata?.customer_number ?? ""), name, role: membership.role, location_ids: membership.location_ids }]
  })
}
