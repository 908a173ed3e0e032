/** The roles a person can have in a customer account. */
export const ACCOUNT_ROLES = ["admin", "buyer", "accounts", "viewer"] as const
export type AccountRole = (typeof ACCOUNT_ROLES)[number]

/**
 * What each role in a customer account may do. Every signed-in route in the backend declares the permission it
 * needs (medusa/src/lib/access/route-permissions.ts) and is checked on every request; the storefront's navigation
 * and page guards only mirror it.
 */
export const PERMISSIONS = [
  /** The person's own session, account switcher and profile: everyone signed in. */
  "self",
  "orders.read",
  /** Carts, reorders and order tickets. */
  "orders.buy",
  "invoices.read",
  /** Statements, payments, the balance and accounting exports. */
  "finance.read",
  /** Spending insights: what the account spends by month, product and location. */
  "insights.read",
  /** The account's company details and delivery addresses. */
  "account.edit",
  /** People, roles, invitations and single sign-on. */
  "team.manage",
] as const
export type Permission = (typeof PERMISSIONS)[number]

export const ROLE_PERMISSIONS: Record<AccountRole, readonly Permission[]> = {
  admin: PERMISSIONS,
  buyer: ["self", "orders.read", "orders.buy", "insights.read"],
  accounts: ["self", "invoices.read", "finance.read", "insights.read"],
  viewer: ["self", "orders.read", "invoices.read"],
}

export const ROLE_LABELS: Record<AccountRole, string> = {
  admin: "Admin",
  buyer: "Buyer",
  accounts: "Accounts",
  viewer: "Viewer",
}

export const can = (role: AccountRole, permission: Permission): boolean => ROLE_PERMISSIONS[role].includes(permission)
