import type { Permission } from "./roles"

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

/** A signed-in route family and the permission each method needs; a method not listed is refused. */
interface RouteRule {
  /** Like Medusa's matchers: `:name` is one path segment, a final `*` any rest. */
  path: string
  methods: Partial<Record<Method, Permission>>
}

const readOnly = (permission: Permission) => ({ GET: permission })
const anyMethod = (permission: Permission) => ({ GET: permission, POST: permission, PUT: permission, PATCH: permission, DELETE: permission })

/**
 * Every signed-in route and what it needs. Under /store/portal a route that is not listed here answers 403 to
 * everyone (closed by default); the isolation suite fails for a route without a line. Stock store routes that
 * carry an account's data are listed too; catalogue routes (products, regions) carry none and are not.
 */
export const ROUTE_RULES: readonly RouteRule[] = [
  // The person and their session.
  { path: "/store/portal/me", methods: readOnly("self") },
  { path: "/store/portal/sessions/current", methods: { DELETE: "self" } },
  { path: "/store/portal/sessions/current/account", methods: { POST: "self" } },
  { path: "/store/portal/sign-ins", methods: readOnly("self") },
  // The account's details: everyone reads them (reorders need the delivery addresses); Admins change them.
  { path: "/store/portal/profile", methods: { GET: "self", POST: "account.edit" } },
  { path: "/store/portal/profile/email", methods: { POST: "account.edit" } },
  { path: "/store/portal/addresses", methods: { GET: "self", POST: "account.edit" } },
  { path: "/store/portal/addresses/:id", methods: { POST: "account.edit", DELETE: "account.edit" } },
  // The dashboard shows each person only the sections their role may read (its route shapes the answer).
  { path: "/store/portal/dashboard", methods: readOnly("self") },
  // The header's search: everyone; its orders and invoices only for roles that read them (its route shapes the answer).
  { path: "/store/portal/search", methods: readOnly("self") },
  // Orders.
  { path: "/store/portal/orders", methods: readOnly("orders.read") },
  { path: "/store/portal/orders/:ord_no", methods: readOnly("orders.read") },
  { path: "/store/portal/orders/:ord_no/confirmation", methods: readOnly("orders.read") },
  { path: "/store/portal/orders/:ord_no/reorder", methods: { POST: "orders.buy" } },
  // The account's on-time score: whoever reads orders (within their locations).
  { path: "/store/portal/deliveries/on-time", methods: readOnly("orders.read") },
  { path: "/store/portal/reorders", methods: { GET: "orders.buy", POST: "orders.buy" } },
  // Invoices and the money side.
  { path: "/store/portal/invoices", methods: readOnly("invoices.read") },
  { path: "/store/portal/invoices/:number", methods: readOnly("invoices.read") },
  { path: "/store/portal/invoices/:number/download-link", methods: { POST: "invoices.read" } },
  // A download link was issued to someone allowed to read its document; following it checks that again by kind.
  { path: "/store/portal/downloads/:token", methods: readOnly("self") },
  { path: "/store/portal/account", methods: readOnly("finance.read") },
  { path: "/store/portal/payments", methods: readOnly("finance.read") },
  { path: "/store/portal/statement", methods: readOnly("finance.read") },
  { path: "/store/portal/statement/csv", methods: readOnly("finance.read") },
  { path: "/store/portal/statement/download-link", methods: { POST: "finance.read" } },
  { path: "/store/portal/statements", methods: readOnly("finance.read") },
  { path: "/store/portal/statements/:id/download-link", methods: { POST: "finance.read" } },
  { path: "/store/portal/exports/:format", methods: readOnly("finance.read") },
  // Spending insights: Admins, Buyers and Accounts (within their locations).
  { path: "/store/portal/insights", methods: readOnly("insights.read") },
  { path: "/store/portal/insights/csv", methods: readOnly("insights.read") },
  // The team.
  { path: "/store/portal/team", methods: readOnly("team.manage") },
  { path: "/store/portal/team/invitations", methods: { POST: "team.manage" } },
  { path: "/store/portal/team/invitations/:id", methods: { DELETE: "team.manage" } },
  { path: "/store/portal/team/invitations/:id/resend", methods: { POST: "team.manage" } },
  { path: "/store/portal/team/members/:id", methods: { POST: "team.manage", DELETE: "team.manage" } },
  // Each person's own notifications, delivery choices and live updates (what the stream carries follows the role).
  { path: "/store/portal/notifications", methods: readOnly("self") },
  { path: "/store/portal/notifications/read", methods: { POST: "self" } },
  { path: "/store/portal/notifications/preferences", methods: { GET: "self", POST: "self" } },
  { path: "/store/portal/live", methods: readOnly("self") },
  // Support tickets: everyone may ask; each ticket is read by its author and, by its topic, the roles that read
  // orders or invoices (within their locations): the routes decide per ticket (lib/support/viewer).
  { path: "/store/portal/tickets", methods: { GET: "self", POST: "self" } },
  { path: "/store/portal/tickets/:id", methods: readOnly("self") },
  { path: "/store/portal/tickets/:id/messages", methods: { POST: "self" } },
  { path: "/store/portal/tickets/:id/rating", methods: { POST: "self" } },
  { path: "/store/portal/ticket-files/:token", methods: readOnly("self") },
  // Stock store routes with the account's data.
  { path: "/store/customers/me", methods: readOnly("self") },
  { path: "/store/customers/me/*", methods: readOnly("self") },
  { path: "/store/orders", methods: readOnly("orders.read") },
  { path: "/store/orders/*", methods: readOnly("orders.read") },
  { path: "/store/carts", methods: anyMethod("orders.buy") },
  { path: "/store/carts/*", methods: anyMethod("orders.buy") },
]

const segmentsOf = (pathname: string) => pathname.split("/").filter(Boolean)

function matches(pattern: string, pathname: string): boolean {
  const want = segmentsOf(pattern)
  const have = segmentsOf(pathname)
  for (let index = 0; index < want.length; index++) {
    const segment = want[index]!
    if (segment === "*") return have.length > index
    if (index >= have.length) return false
    if (!segment.startsWith(":") && segment !== have[index]) return false
  }
  return have.length === want.length
}

export type RouteRequirement = { kind: "needs"; permission: Permission } | { kind: "not_listed" } | { kind: "method_not_listed" }

/** What a request to this path needs (compared lower-cased, as Express routes it). At most one rule matches a path. */
export function requirementFor(method: string, pathname: string): RouteRequirement {
  const path = pathname.toLowerCase()
  const rule = ROUTE_RULES.find((candidate) => matches(candidate.path, path))
  if (!rule) return { kind: "not_listed" }
  // Express answers HEAD with the GET handler, so HEAD needs what GET needs.
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
  const permission = rule.methods[verb as Method]
  return permission ? { kind: "needs", permission } : { kind: "method_not_listed" }
}

/** Whether a path carries an account's data: a portal route, or a stock route listed above. */
export const isAccountDataPath = (pathname: string) => {
  const path = pathname.toLowerCase()
  return path.startsWith("/store/portal/") || ROUTE_RULES.some((rule) => matches(rule.path, path))
}
