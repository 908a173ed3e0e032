import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export interface PortalCustomer {
  id: string
  customer_number: string
  email: string | null
  first_name: string | null
  last_name: string | null
  company_name: string | null
}

const CUSTOMER_NUMBER = /^C\d{7}$/

/** How customers who cannot be reached by email are told to get in touch (SUPPORT_CONTACT). */
export const SUPPORT_CONTACT = process.env.SUPPORT_CONTACT || "our customer service team on 011 555 0100 or orders@wholesale.example"

/** What a person types as "email or customer number", cleaned: numbers upper-cased, emails lower-cased. */
export function normalizeIdentifier(typed: string): { kind: "email" | "customer_number"; value: string } | null {
  const value = typed.trim()
  if (value.includes("@")) return { kind: "email", value: value.toLowerCase() }
  const number = value.toUpperCase()
  return CUSTOMER_NUMBER.test(number) ? { kind: "customer_number", value: number } : null
}

/** The portal customer an email or customer number belongs to, or null. An email shared by several matches none. */
export async function findPortalCustomer(knex: Knex, typed: string): Promise<PortalCustomer | null> {
  const identifier = normalizeIdentifier(typed)
  if (!identifier) return null
  const where = identifier.kind === "email" ? `lower(email) = ?` : `metadata->>'customer_number' = ?`
  const { rows } = await knex.raw(
    `SELECT id, metadata->>'customer_number' AS customer_number, email, first_name, last_name, company_name
       FROM customer WHERE ${where} AND metadata->>'customer_number' IS NOT NULL AND deleted_at IS NULL LIMIT 2`,
    [identifier.value]
  )
  return rows.length === 1 ? (rows[0] as PortalCustomer) : null
}

export async function portalCustomerById(knex: Knex, customerId: string): Promise<PortalCustomer | null> {
  const { rows } = await knex.raw(
    `SELECT id, metadata->>'customer_number' AS customer_number, email, first_name, last_name, company_name
       FROM customer WHERE id = ? AND deleted_at IS NULL`,
    [customerId]
  )
  return (rows[0] as PortalCustomer | undefined) ?? null
}

/** How the customer is greeted: their name, else their company. */
export const greetingName = (customer: PortalCustomer) =>
  [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.company_name || null

/** The one-time key that following an email change's confirmation link and cancelling it both use up: the first wins. */
export const emailChangeKey = (changeId: string) => `email-change:${changeId}`
