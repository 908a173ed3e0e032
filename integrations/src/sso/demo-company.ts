import type { IdentityProviderUser } from "./identity-provider.js"

/** The sign-in password of every person at the demo identity provider (published in the README). */
export const DEMO_IDP_PASSWORD = "idp-demo-2026"

/**
 * The demo company that signs in through its own identity provider (`npm start` runs it): Karoo Kitchen
 * (C0001002). Its owner is the account's Admin already; the head chef's group maps to Buyer and the bookkeeper's to
 * Accounts; anyone else in the domain joins as Viewer.
 */
export const DEMO_SSO_COMPANY = {
  customerNumber: "C0001002",
  displayName: "Karoo Kitchen sign-in",
  domain: "karookitchen.example",
  clientId: "customer-portal",
  defaultRole: "viewer",
  groupRoles: [
    { group: "kitchen-managers", role: "buyer" },
    { group: "finance", role: "accounts" },
  ],
} as const

export const DEMO_IDP_USERS: IdentityProviderUser[] = [
  { id: "karoo-owner", email: "kitchen@karookitchen.example", password: DEMO_IDP_PASSWORD, name: "Ayesha Patel", groups: ["owners"] },
  { id: "karoo-chef", email: "chef@karookitchen.example", password: DEMO_IDP_PASSWORD, name: "Sipho Khumalo", groups: ["kitchen-managers"] },
  { id: "karoo-books", email: "books@karookitchen.example", password: DEMO_IDP_PASSWORD, name: "Marike Botha", groups: ["finance"] },
  { id: "karoo-runner", email: "runner@karookitchen.example", password: DEMO_IDP_PASSWORD, name: "Lwazi Dube", groups: [] },
]
