import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { sign } from "jsonwebtoken"
import sharp from "sharp"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import { REORDER_MODULE } from "../../src/modules/reorder"
import type ReorderModuleService from "../../src/modules/reorder/service"
import seed from "../../src/scripts/seed"
import { customerHeaders, failure } from "../utils/customer-session"
import { openEventStream } from "../utils/event-stream"
import { startInbox } from "../utils/inbox"
import { registeredRoutes } from "../utils/routes"

// Invitations are emailed: a real SMTP server, read by medusa-config when the app starts.
const inbox = startInbox(12530)
process.env.SMTP_URL = inbox.url

/** What customer A may try on customer B's things, with B's ids at hand. */
interface Probe {
  api: AxiosInstance
  a: Record<string, string>
  b: Record<string, string>
  bIds: { customer: string; order: string; address: string; cart: string; line: string; notification: string; ticket: string; ticketFile: string }
  aCustomer: string
  container: MedusaContainer
}

type Isolation =
  /** Shared catalogue and store data: no customer's data behind it. */
  | { kind: "catalogue" }
  /** Answered 403 for everyone (404 for someone else's id): the portal does not offer this stock route (see refuseReplacedRoute). */
  | { kind: "refused"; path: (ids: Probe["bIds"]) => string }
  /** Staff only: a customer's session gets 401. */
  | { kind: "staff"; path: string }
  /** Proven by trying B's ids with A's session. */
  | { kind: "probe"; run: (probe: Probe) => Promise<void> }

/** The Insights period the probes read: 22 months back, inside the 24 Johannesburg months whatever the hour (B's invoice is from October 2026). */
const INSIGHTS_FROM = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 22, 1)).toISOString().slice(0, 7)
const notFoundOrRefused = async (request: Promise<unknown>) => expect([401, 403, 404]).toContain((await failure(request)).status)
const catalogue: Isolation = { kind: "catalogue" }
/** A catalogue route that takes a cart for its prices or options: someone else's cart is not found. */
const pricedInCart = (path: string): Isolation => ({
  kind: "probe",
  run: async ({ api, a, b, bIds }) => {
    await notFoundOrRefused(api.get(`${path}${path.includes("?") ? "&" : "?"}cart_id=${bIds.cart}`, { headers: a }))
    // The owner gets past the cart check (Medusa itself may still want more of the cart, such as an address).
    const own = await api.get(`${path}${path.includes("?") ? "&" : "?"}cart_id=${bIds.cart}`, { headers: b }).catch((error: { response: { status: number } }) => error.response)
    expect(own.status).not.toBe(404)
  },
})
/** Sign-in routes a customer never needs: refused before Medusa's handler. */
const authRefused = (method: "get" | "post" | "delete", path: string, statuses = [403, 404, 405]): Isolation => ({
  kind: "probe",
  run: async ({ api, a }) => {
    const response = await failure(method === "post" ? api.post(path, {}, { headers: a }) : api[method](path, { headers: a }))
    expect(statuses).toContain(response.status)
    expect(response.data.message.length).toBeGreaterThan(10)
  },
})

/**
 * Every store route Medusa registers and every route this project adds must be listed here: a new route that is
 * not fails the first test, so no route can skip the isolation check.
 */
const ISOLATION: Record<string, Isolation> = {
  "POST /store/carts": { kind: "probe", run: async ({ api, a }) => expect((await api.post("/store/carts", {}, { headers: a })).status).toBe(200) },
  "GET /store/carts/:id": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      await notFoundOrRefused(api.get(`/store/carts/${bIds.cart}`, { headers: a }))
      expect((await api.get(`/store/carts/${bIds.cart}`, { headers: b })).data.cart.id).toBe(bIds.cart)
    },
  },
  "POST /store/carts/:id": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.post(`/store/carts/${bIds.cart}`, { email: "thief@example.com" }, { headers: a })) },
  "POST /store/carts/:id/complete": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.post(`/store/carts/${bIds.cart}/complete`, {}, { headers: a })) },
  "POST /store/carts/:id/customer": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.post(`/store/carts/${bIds.cart}/customer`, {}, { headers: a })) },
  "POST /store/carts/:id/line-items": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.post(`/store/carts/${bIds.cart}/line-items`, { variant_id: "x", quantity: 1 }, { headers: a })) },
  "POST /store/carts/:id/line-items/:line_id": {
    kind: "probe",
    run: async ({ api, a, bIds }) => {
      await notFoundOrRefused(api.post(`/store/carts/${bIds.cart}/line-items/${bIds.line}`, { quantity: 2 }, { headers: a }))
      // A's own cart with B's line in the path: the line is not A's cart's.
      const own = (await api.post("/store/carts", {}, { headers: a })).data.cart.id as string
      expect((await failure(api.post(`/store/carts/${own}/line-items/${bIds.line}`, { quantity: 2 }, { headers: a }))).status).toBe(404)
    },
  },
  "DELETE /store/carts/:id/line-items/:line_id": {
    kind: "probe",
    run: async ({ api, a, bIds }) => {
      await notFoundOrRefused(api.delete(`/store/carts/${bIds.cart}/line-items/${bIds.line}`, { headers: a }))
      const own = (await api.post("/store/carts", {}, { headers: a })).data.cart.id as string
      expect((await failure(api.delete(`/store/carts/${own}/line-items/${bIds.line}`, { headers: a }))).status).toBe(404)
    },
  },
  "POST /store/carts/:id/promotions": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.post(`/store/carts/${bIds.cart}/promotions`, { promo_codes: ["X"] }, { headers: a })) },
  "DELETE /store/carts/:id/promotions": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.delete(`/store/carts/${bIds.cart}/promotions`, { headers: a, data: { promo_codes: ["X"] } })) },
  "POST /store/carts/:id/shipping-methods": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.post(`/store/carts/${bIds.cart}/shipping-methods`, { option_id: "so_1" }, { headers: a })) },
  "POST /store/carts/:id/taxes": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.post(`/store/carts/${bIds.cart}/taxes`, {}, { headers: a })) },
  "GET /store/collections": catalogue,
  "GET /store/collections/:id": catalogue,
  "GET /store/currencies": catalogue,
  "GET /store/currencies/:code": catalogue,
  "POST /store/customers": { kind: "refused", path: () => "/store/customers" },
  "GET /store/customers/me": {
    kind: "probe",
    run: async ({ api, a, aCustomer }) => expect((await api.get("/store/customers/me", { headers: a })).data.customer.id).toBe(aCustomer),
  },
  "POST /store/customers/me": { kind: "refused", path: () => "/store/customers/me" },
  "GET /store/customers/me/addresses": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      expect((await api.get("/store/customers/me/addresses", { headers: a })).data.addresses.map((address: { id: string }) => address.id)).not.toContain(bIds.address)
      expect((await api.get("/store/customers/me/addresses", { headers: b })).data.addresses.map((address: { id: string }) => address.id)).toContain(bIds.address)
    },
  },
  "POST /store/customers/me/addresses": { kind: "refused", path: () => "/store/customers/me/addresses" },
  "GET /store/customers/me/addresses/:address_id": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      await notFoundOrRefused(api.get(`/store/customers/me/addresses/${bIds.address}`, { headers: a }))
      expect((await api.get(`/store/customers/me/addresses/${bIds.address}`, { headers: b })).data.address.id).toBe(bIds.address)
    },
  },
  "POST /store/customers/me/addresses/:address_id": { kind: "refused", path: (ids) => `/store/customers/me/addresses/${ids.address}` },
  "DELETE /store/customers/me/addresses/:address_id": { kind: "refused", path: (ids) => `/store/customers/me/addresses/${ids.address}` },
  "GET /store/locales": catalogue,
  "GET /store/orders": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      expect((await api.get("/store/orders?fields=id", { headers: a })).data.orders.map((order: { id: string }) => order.id)).not.toContain(bIds.order)
      expect((await api.get("/store/orders?fields=id", { headers: b })).data.orders.map((order: { id: string }) => order.id)).toContain(bIds.order)
    },
  },
  "GET /store/orders/:id": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      await notFoundOrRefused(api.get(`/store/orders/${bIds.order}`, { headers: a }))
      expect((await api.get(`/store/orders/${bIds.order}`, { headers: b })).data.order.id).toBe(bIds.order)
    },
  },
  "POST /store/orders/:id/transfer/accept": { kind: "refused", path: (ids) => `/store/orders/${ids.order}/transfer/accept` },
  "POST /store/orders/:id/transfer/cancel": { kind: "refused", path: (ids) => `/store/orders/${ids.order}/transfer/cancel` },
  "POST /store/orders/:id/transfer/decline": { kind: "refused", path: (ids) => `/store/orders/${ids.order}/transfer/decline` },
  "POST /store/orders/:id/transfer/request": { kind: "refused", path: (ids) => `/store/orders/${ids.order}/transfer/request` },
  "POST /store/payment-collections": { kind: "refused", path: () => "/store/payment-collections" },
  "POST /store/payment-collections/:id/payment-sessions": { kind: "refused", path: () => "/store/payment-collections/pay_col_1/payment-sessions" },
  "GET /store/payment-providers": catalogue,
  "GET /store/product-categories": catalogue,
  "GET /store/product-categories/:id": catalogue,
  "GET /store/product-options": catalogue,
  "GET /store/product-options/:id": catalogue,
  "GET /store/product-tags": catalogue,
  "GET /store/product-tags/:id": catalogue,
  "GET /store/product-types": catalogue,
  "GET /store/product-types/:id": catalogue,
  "GET /store/product-variants": pricedInCart("/store/product-variants?limit=1"),
  "GET /store/product-variants/:id": catalogue,
  "GET /store/products": pricedInCart("/store/products?limit=1"),
  "GET /store/products/:id": catalogue,
  "GET /store/regions": catalogue,
  "GET /store/regions/:id": catalogue,
  "GET /store/return-reasons": catalogue,
  "GET /store/return-reasons/:id": catalogue,
  "POST /store/returns": { kind: "refused", path: () => "/store/returns" },
  "POST /store/search": catalogue,
  "GET /store/shipping-options": pricedInCart("/store/shipping-options"),
  "POST /store/shipping-options/:id/calculate": {
    kind: "probe",
    run: async ({ api, a, bIds }) => {
      const refused = await failure(api.post("/store/shipping-options/so_1/calculate", { cart_id: bIds.cart }, { headers: a }))
      expect(refused.status).toBe(404)
      expect(refused.data.message).toContain(bIds.cart)
    },
  },

  // The portal's own routes.
  "POST /store/portal/public/activation": {
    // Public by design: it only ever mails the address on file, so naming B's number sends B (not A) a link.
    kind: "probe",
    run: async ({ api, a }) => expect((await api.post("/store/portal/public/activation", { identifier: DEMO_CUSTOMERS[1]!.customerNumber }, { headers: a })).status).toBe(202),
  },
  "POST /store/portal/public/password": {
    kind: "probe",
    run: async ({ api, a }) => expect((await failure(api.post("/store/portal/public/password", { token: "x".repeat(40), password: "a perfectly fine sentence" }, { headers: a }))).status).toBe(400),
  },
  "POST /store/portal/public/email-confirmation": {
    kind: "probe",
    run: async ({ api, a }) => expect((await failure(api.post("/store/portal/public/email-confirmation", { token: "x".repeat(40) }, { headers: a }))).status).toBe(400),
  },
  "GET /store/portal/addresses": {
    kind: "probe",
    run: async ({ api, a, bIds }) => expect((await api.get("/store/portal/addresses", { headers: a })).data.addresses.map((address: { id: string }) => address.id)).not.toContain(bIds.address),
  },
  "POST /store/portal/addresses": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const before = (await api.get("/store/portal/addresses", { headers: b })).data.addresses.length
      await api.post("/store/portal/addresses", { address_1: "1 Own Rd", city: "Durban", province: "KwaZulu-Natal", postal_code: "4001" }, { headers: a })
      expect((await api.get("/store/portal/addresses", { headers: b })).data.addresses).toHaveLength(before)
    },
  },
  "POST /store/portal/addresses/:id": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      await notFoundOrRefused(api.post(`/store/portal/addresses/${bIds.address}`, { address_1: "9 Evil St", city: "Durban", province: "KwaZulu-Natal", postal_code: "4001" }, { headers: a }))
      const own = await api.post(`/store/portal/addresses/${bIds.address}`, { address_1: "7 B St", city: "Pretoria", province: "Gauteng", postal_code: "0002" }, { headers: b })
      expect(own.data.address.id).toBe(bIds.address)
    },
  },
  "DELETE /store/portal/addresses/:id": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.delete(`/store/portal/addresses/${bIds.address}`, { headers: a })) },
  "GET /store/portal/orders": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      const { data } = await api.get("/store/portal/orders?limit=100", { headers: a })
      expect(data.orders.map((order: { order_id: string }) => order.order_id)).not.toContain(bIds.order)
      expect(data.count).toBe(0)
      expect((await api.get("/store/portal/orders?q=5001", { headers: b })).data.count).toBe(1)
    },
  },
  "GET /store/portal/orders/:ord_no": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      await notFoundOrRefused(api.get("/store/portal/orders/5001", { headers: a }))
      expect((await api.get("/store/portal/orders/5001", { headers: b })).data.order.ord_no).toBe(5001)
    },
  },
  "GET /store/portal/orders/:ord_no/confirmation": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      await notFoundOrRefused(api.get("/store/portal/orders/5001/confirmation", { headers: a }))
      expect((await api.get("/store/portal/orders/5001/confirmation", { headers: b })).headers["content-type"]).toBe("application/pdf")
    },
  },
  "POST /store/portal/orders/:ord_no/reorder": { kind: "probe", run: async ({ api, a }) => notFoundOrRefused(api.post("/store/portal/orders/5001/reorder", {}, { headers: a })) },
  "GET /store/portal/reorders": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      expect((await api.get("/store/portal/reorders", { headers: a })).data.reorders).toEqual([])
      expect((await api.get("/store/portal/reorders", { headers: b })).data.reorders.map((reorder: { reference: string }) => reorder.reference)).toEqual(["WEB-B1"])
    },
  },
  "POST /store/portal/reorders": { kind: "probe", run: async ({ api, a, bIds }) => notFoundOrRefused(api.post("/store/portal/reorders", { cart_id: bIds.cart }, { headers: a })) },
  "GET /store/portal/dashboard": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const mine = (await api.get("/store/portal/dashboard", { headers: a })).data
      expect(mine.recent_orders).toEqual([])
      expect(mine.stages.pending).toBe(0)
      expect((await api.get("/store/portal/dashboard", { headers: b })).data.stages.pending).toBe(1)
    },
  },
  "GET /store/portal/profile": { kind: "probe", run: async ({ api, a, aCustomer }) => expect((await api.get("/store/portal/profile", { headers: a })).data.profile.id).toBe(aCustomer) },
  "POST /store/portal/profile": {
    kind: "probe",
    run: async ({ api, a, b, aCustomer }) => {
      const before = (await api.get("/store/portal/profile", { headers: b })).data.profile
      expect((await api.post("/store/portal/profile", { phone: "011 000 0000" }, { headers: a })).data.profile.id).toBe(aCustomer)
      expect((await api.get("/store/portal/profile", { headers: b })).data.profile).toEqual(before)
    },
  },
  "POST /store/portal/profile/email": {
    kind: "probe",
    run: async ({ api, a }) => expect((await failure(api.post("/store/portal/profile/email", { email: DEMO_CUSTOMERS[1]!.email, current_password: DEMO_CUSTOMER_PASSWORD }, { headers: a }))).status).toBe(409),
  },
  "POST /store/portal/public/sessions": {
    kind: "probe",
    // A session token cannot start another session: only a fresh sign-in token can.
    run: async ({ api, b }) => notFoundOrRefused(api.post("/store/portal/public/sessions", {}, { headers: b })),
  },
  "DELETE /store/portal/sessions/current": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      await api.delete("/store/portal/sessions/current", { headers: a })
      expect((await api.get("/store/customers/me", { headers: b })).status).toBe(200)
    },
  },
  "GET /store/portal/me": {
    kind: "probe",
    run: async ({ api, a, aCustomer, bIds }) => {
      const me = (await api.get("/store/portal/me", { headers: a })).data
      expect(me.account.customer_id).toBe(aCustomer)
      expect(me.accounts.map((account: { customer_id: string }) => account.customer_id)).not.toContain(bIds.customer)
    },
  },
  "POST /store/portal/sessions/current/account": {
    kind: "probe",
    // B's account is not one of A's: "not found", and A's session stays in A's account.
    run: async ({ api, a, aCustomer, bIds }) => {
      expect((await failure(api.post("/store/portal/sessions/current/account", { customer_id: bIds.customer }, { headers: a }))).status).toBe(404)
      expect((await api.get("/store/customers/me", { headers: a })).data.customer.id).toBe(aCustomer)
    },
  },
  "GET /store/portal/team": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const emails = async (headers: Record<string, string>) => ((await api.get("/store/portal/team", { headers })).data.members as { email: string }[]).map((member) => member.email)
      const [mine, theirs] = [await emails(a), await emails(b)]
      expect(theirs.length).toBeGreaterThan(0)
      expect(mine.filter((email) => theirs.includes(email))).toEqual([])
    },
  },
  "POST /store/portal/team/invitations": {
    kind: "probe",
    // A's invitation is A's account's: B's team never shows it.
    run: async ({ api, a, b }) => {
      expect((await api.post("/store/portal/team/invitations", { email: "a.colleague@example.com", role: "viewer" }, { headers: a })).status).toBe(201)
      const theirs = (await api.get("/store/portal/team", { headers: b })).data.invitations as { email: string }[]
      expect(theirs.map((invitation) => invitation.email)).not.toContain("a.colleague@example.com")
    },
  },
  "DELETE /store/portal/team/invitations/:id": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const invited = (await api.post("/store/portal/team/invitations", { email: "b.colleague@example.com", role: "buyer" }, { headers: b })).data.invitation.id as string
      expect((await failure(api.delete(`/store/portal/team/invitations/${invited}`, { headers: a }))).status).toBe(404)
      expect(((await api.get("/store/portal/team", { headers: b })).data.invitations as { id: string }[]).map((invitation) => invitation.id)).toContain(invited)
    },
  },
  "POST /store/portal/team/invitations/:id/resend": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const invited = ((await api.get("/store/portal/team", { headers: b })).data.invitations as { id: string }[])[0]!.id
      expect((await failure(api.post(`/store/portal/team/invitations/${invited}/resend`, {}, { headers: a }))).status).toBe(404)
    },
  },
  "POST /store/portal/team/members/:id": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const [member] = (await api.get("/store/portal/team", { headers: b })).data.members as { id: string; role: string }[]
      expect((await failure(api.post(`/store/portal/team/members/${member!.id}`, { role: "viewer" }, { headers: a }))).status).toBe(404)
      expect(((await api.get("/store/portal/team", { headers: b })).data.members as { id: string; role: string }[])[0]!.role).toBe(member!.role)
    },
  },
  "DELETE /store/portal/team/members/:id": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const [member] = (await api.get("/store/portal/team", { headers: b })).data.members as { id: string }[]
      expect((await failure(api.delete(`/store/portal/team/members/${member!.id}`, { headers: a }))).status).toBe(404)
      expect((await api.get("/store/portal/team", { headers: b })).status).toBe(200)
    },
  },
  "POST /store/portal/public/invitation-preview": {
    kind: "probe",
    // Invitations are found only by their link's secret token: a guess gets a plain 400.
    run: async ({ api, a }) => {
      const guess = await failure(api.post("/store/portal/public/invitation-preview", { token: "guessed-token" }, { headers: a }))
      expect([guess.status, guess.data.message]).toEqual([400, "This invitation link is not valid. Open it again from your email."])
    },
  },
  "POST /store/portal/public/sign-in-method": {
    kind: "probe",
    // The answer depends on the email's domain only: another customer's email says nothing about that customer.
    run: async ({ api, a, b }) => {
      const email = (await api.get("/store/customers/me", { headers: b })).data.customer.email as string
      expect((await api.post("/store/portal/public/sign-in-method", { identifier: email }, { headers: a })).data).toEqual({ method: "password", sso: null })
    },
  },
  "POST /hooks/sso/back-channel-logout": {
    kind: "probe",
    // Only a logout token signed by a company's identity provider ends sessions; a forged one ends none.
    run: async ({ api, a, b }) => {
      const forged = await failure(
        api.post("/hooks/sso/back-channel-logout", "logout_token=e30.e30.e30", { headers: { ...a, "content-type": "application/x-www-form-urlencoded" } })
      )
      expect(forged.status).toBe(400)
      expect((await api.get("/store/portal/me", { headers: b })).status).toBe(200)
    },
  },
  "POST /store/portal/public/invitation-acceptance": {
    kind: "probe",
    run: async ({ api, a }) => {
      expect((await failure(api.post("/store/portal/public/invitation-acceptance", { token: "guessed-token", password: "Long enough passphrase 1" }, { headers: a }))).status).toBe(400)
    },
  },
  "GET /store/portal/notifications": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      const ids = async (headers: Record<string, string>) => ((await api.get("/store/portal/notifications", { headers })).data.notifications as { id: string }[]).map((item) => item.id)
      expect(await ids(b)).toEqual([bIds.notification])
      expect(await ids(a)).not.toContain(bIds.notification)
    },
  },
  "POST /store/portal/notifications/read": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      expect((await api.post("/store/portal/notifications/read", { ids: [bIds.notification] }, { headers: a })).data.marked).toBe(0)
      expect((await api.get("/store/portal/notifications", { headers: b })).data.unread_count).toBe(1)
    },
  },
  "GET /store/portal/notifications/preferences": {
    kind: "probe",
    // Each person's own choices: A's change is not B's.
    run: async ({ api, a, b }) => {
      await api.post("/store/portal/notifications/preferences", { payments: "portal" }, { headers: a })
      const delivery = async (headers: Record<string, string>) =>
        ((await api.get("/store/portal/notifications/preferences", { headers })).data.preferences as { category: string; delivery: string }[]).find((choice) => choice.category === "payments")!.delivery
      expect([await delivery(a), await delivery(b)]).toEqual(["portal", "immediate"])
    },
  },
  "POST /store/portal/notifications/preferences": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      await api.post("/store/portal/notifications/preferences", { invoices: "digest" }, { headers: a })
      const choices = (await api.get("/store/portal/notifications/preferences", { headers: b })).data.preferences as { category: string; delivery: string }[]
      expect(choices.find((choice) => choice.category === "invoices")!.delivery).toBe("immediate")
    },
  },
  "POST /store/portal/public/unsubscribe": {
    kind: "probe",
    // Only a token the portal signed works: one made up for B's person (with another key) changes nothing.
    run: async ({ api, a, b, container }) => {
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const me = (await api.get("/store/portal/me", { headers: b })).data.person.id as string
      const forged = sign({ purpose: "unsubscribe", cat: "invoices" }, "a guessed secret", { subject: me, expiresIn: "1d" })
      const refused = await failure(api.post("/store/portal/public/unsubscribe", { token: forged }, { headers: a }))
      expect([refused.status, refused.data.code]).toEqual([400, "invalid_unsubscribe_link"])
      expect((await knex.raw(`SELECT count(*)::int AS count FROM notification_preference WHERE person_id = ?`, [me])).rows[0].count).toBe(0)
    },
  },
  "GET /store/portal/live": {
    kind: "probe",
    // An event for B's account reaches B's stream and never A's.
    run: async ({ api, a, b, bIds, container }) => {
      const base = api.defaults.baseURL!
      const [streamA, streamB] = [openEventStream(`${base}/store/portal/live`, a), openEventStream(`${base}/store/portal/live`, b)]
      try {
        await Promise.all([streamA, streamB].map((stream) => stream.waitFor((event) => event.event === "ready")))
        const payload = JSON.stringify({ c: bIds.customer, s: 424242, k: "order.on_hold", o: 5001, a: null })
        await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`SELECT pg_notify('portal_live', ?)`, [payload])
        expect((await streamB.waitFor((event) => event.event === "change")).id).toBe("424242")
        await new Promise((resolve) => setTimeout(resolve, 300))
        expect(streamA.events.filter((event) => event.event === "change")).toEqual([])
      } finally {
        streamA.close()
        streamB.close()
      }
    },
  },
  "GET /store/portal/tickets": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      const ids = async (headers: Record<string, string>) => ((await api.get("/store/portal/tickets", { headers })).data.tickets as { id: string }[]).map((ticket) => ticket.id)
      expect(await ids(b)).toEqual([bIds.ticket])
      expect(await ids(a)).not.toContain(bIds.ticket)
    },
  },
  "POST /store/portal/tickets": {
    kind: "probe",
    // A cannot open a ticket about B's order; A's own question stays A's.
    run: async ({ api, a, b }) => {
      await notFoundOrRefused(api.post("/store/portal/tickets", { category: "late_delivery", subject: "Where is it?", body: "Late", order_no: 5001 }, { headers: a }))
      const mine = (await api.post("/store/portal/tickets", { category: "account", subject: "A's question", body: "Hello" }, { headers: a })).data.ticket.id as string
      expect(((await api.get("/store/portal/tickets", { headers: b })).data.tickets as { id: string }[]).map((ticket) => ticket.id)).not.toContain(mine)
    },
  },
  "GET /store/portal/tickets/:id": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      await notFoundOrRefused(api.get(`/store/portal/tickets/${bIds.ticket}`, { headers: a }))
      expect((await api.get(`/store/portal/tickets/${bIds.ticket}`, { headers: b })).data.ticket.id).toBe(bIds.ticket)
    },
  },
  "POST /store/portal/tickets/:id/messages": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      await notFoundOrRefused(api.post(`/store/portal/tickets/${bIds.ticket}/messages`, { body: "Injected" }, { headers: a }))
      expect(JSON.stringify((await api.get(`/store/portal/tickets/${bIds.ticket}`, { headers: b })).data)).not.toContain("Injected")
    },
  },
  "POST /store/portal/tickets/:id/rating": {
    kind: "probe",
    run: async ({ api, a, b, bIds }) => {
      await notFoundOrRefused(api.post(`/store/portal/tickets/${bIds.ticket}/rating`, { rating: "bad" }, { headers: a }))
      expect((await api.get(`/store/portal/tickets/${bIds.ticket}`, { headers: b })).data.ticket.rating).toBeNull()
    },
  },
  "GET /store/portal/ticket-files/:token": {
    kind: "probe",
    // B's signed file link opens nothing for A.
    run: async ({ api, a, b, bIds }) => {
      await notFoundOrRefused(api.get(bIds.ticketFile, { headers: a }))
      expect((await api.get(bIds.ticketFile, { headers: b })).headers["content-disposition"]).toMatch(/^attachment;/)
    },
  },
  "GET /store/portal/sign-ins": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const ids = async (headers: Record<string, string>) => ((await api.get("/store/portal/sign-ins", { headers })).data.sign_ins as { id: string }[]).map((entry) => entry.id)
      const [mine, theirs] = [await ids(a), await ids(b)]
      expect(theirs.length).toBeGreaterThan(0)
      expect(mine.filter((id) => theirs.includes(id))).toEqual([])
    },
  },
  "GET /admin/audit-entries": { kind: "staff", path: "/admin/audit-entries" },
  "GET /admin/erp-change-requests": { kind: "staff", path: "/admin/erp-change-requests" },
  "GET /admin/portal/insights": { kind: "staff", path: "/admin/portal/insights" },
  "GET /admin/customers/:id/deliveries": { kind: "staff", path: "/admin/customers/cus_none/deliveries" },
  "GET /store/portal/insights": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const net = async (headers: Record<string, string>) => (await api.get(`/store/portal/insights?from=${INSIGHTS_FROM}`, { headers })).data.insights.totals.net_cents
      expect(await net(a)).toBe(0)
      expect(await net(b)).toBe(20_000)
    },
  },
  "GET /store/portal/insights/csv": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const csv = async (headers: Record<string, string>) => (await api.get(`/store/portal/insights/csv?table=products&from=${INSIGHTS_FROM}`, { headers })).data as string
      expect(await csv(a)).not.toContain("NAP-1")
      expect(await csv(b)).toContain("Napkins (NAP-1),NAP-1,200.00")
    },
  },
  "GET /store/portal/deliveries/on-time": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      expect((await api.get("/store/portal/deliveries/on-time", { headers: a })).data.on_time).toMatchObject({ deliveries: 0, percent: null })
      expect((await api.get("/store/portal/deliveries/on-time", { headers: b })).data.on_time).toMatchObject({ deliveries: 1, on_time: 1, percent: 100 })
    },
  },
  "GET /store/portal/account": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      expect((await api.get("/store/portal/account", { headers: a })).data.account.balance_cents).toBe(0)
      expect((await api.get("/store/portal/account", { headers: b })).data.account.balance_cents).toBe(11500)
    },
  },
  "GET /store/portal/invoices": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      expect((await api.get("/store/portal/invoices?q=INV0005001", { headers: a })).data.count).toBe(0)
      expect((await api.get("/store/portal/invoices?q=INV0005001", { headers: b })).data.count).toBe(1)
    },
  },
  "GET /store/portal/search": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      // B's order number and invoice number find nothing of B's for A; B finds both.
      for (const q of ["5001", "INV0005001"]) {
        const mine = (await api.get(`/store/portal/search?q=${q}`, { headers: a })).data
        expect([mine.orders.count, mine.invoices.count]).toEqual([0, 0])
      }
      expect((await api.get("/store/portal/search?q=5001", { headers: b })).data.orders.orders.map((order: { ord_no: number }) => order.ord_no)).toEqual([5001])
      expect((await api.get("/store/portal/search?q=INV0005001", { headers: b })).data.invoices.documents.map((document: { number: string }) => document.number)).toEqual(["INV0005001"])
      expect((await failure(api.get("/store/portal/search?q=x", { headers: b }))).status).toBe(400)
    },
  },
  "GET /store/portal/invoices/:number": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      await notFoundOrRefused(api.get("/store/portal/invoices/INV0005001", { headers: a }))
      expect((await api.get("/store/portal/invoices/INV0005001", { headers: b })).data.invoice.outstanding_cents).toBe(11500)
    },
  },
  "POST /store/portal/invoices/:number/download-link": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      await notFoundOrRefused(api.post("/store/portal/invoices/INV0005001/download-link", {}, { headers: a }))
      expect((await api.post("/store/portal/invoices/INV0005001/download-link", {}, { headers: b })).status).toBe(201)
    },
  },
  "GET /store/portal/downloads/:token": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const { data } = await api.post("/store/portal/invoices/INV0005001/download-link", {}, { headers: b })
      expect((await failure(api.get(data.url, { headers: a }))).status).toBe(403)
      expect((await api.get(data.url, { headers: b })).headers["content-type"]).toBe("application/pdf")
    },
  },
  "GET /store/portal/payments": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      expect((await api.get("/store/portal/payments", { headers: a })).data.count).toBe(0)
      expect((await api.get("/store/portal/payments", { headers: b })).data.payments[0].txn_id).toBe(5001)
    },
  },
  "GET /store/portal/statement": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const range = "from=2026-01-01&to=2026-12-31"
      expect((await api.get(`/store/portal/statement?${range}`, { headers: a })).data.statement.entries).toEqual([])
      expect((await api.get(`/store/portal/statement?${range}`, { headers: b })).data.statement.closing_balance_cents).toBe(11500)
    },
  },
  "GET /store/portal/statement/csv": {
    kind: "probe",
    run: async ({ api, a }) => expect((await api.get("/store/portal/statement/csv?from=2026-01-01&to=2026-12-31", { headers: a })).data).not.toContain("INV0005001"),
  },
  "POST /store/portal/statement/download-link": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const { data } = await api.post("/store/portal/statement/download-link", { from: "2026-01-01", to: "2026-12-31" }, { headers: b })
      expect((await failure(api.get(data.url, { headers: a }))).status).toBe(403)
    },
  },
  "GET /store/portal/statements": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      expect((await api.get("/store/portal/statements", { headers: a })).data.statements).toEqual([])
      expect((await api.get("/store/portal/statements", { headers: b })).data.statements).toHaveLength(1)
    },
  },
  "POST /store/portal/statements/:id/download-link": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const [statement] = (await api.get("/store/portal/statements", { headers: b })).data.statements
      await notFoundOrRefused(api.post(`/store/portal/statements/${statement.id}/download-link`, {}, { headers: a }))
      expect((await api.post(`/store/portal/statements/${statement.id}/download-link`, {}, { headers: b })).status).toBe(201)
    },
  },
  "POST /store/portal/public/email-change-cancellation": {
    kind: "probe",
    // Public by design (the link proves the old mailbox): a forged or foreign token changes nothing.
    run: async ({ api, a }) => expect((await failure(api.post("/store/portal/public/email-change-cancellation", { token: "x".repeat(40) }, { headers: a }))).status).toBe(400),
  },

  // Medusa's sign-in routes, reached with A's session token at hand.
  "GET /auth/:actor_type/:auth_provider": authRefused("get", "/auth/customer/portal"),
  "POST /auth/:actor_type/:auth_provider": {
    kind: "probe",
    run: async ({ api }) => {
      // A's password does not open B's account, by number or by email; it opens A's.
      expect((await failure(api.post("/auth/customer/portal", { identifier: DEMO_CUSTOMERS[1]!.customerNumber, password: "not B's password" }))).status).toBe(401)
      expect((await api.post("/auth/customer/portal", { identifier: DEMO_CUSTOMERS[0]!.customerNumber, password: DEMO_CUSTOMER_PASSWORD })).status).toBe(200)
    },
  },
  "GET /auth/:actor_type/:auth_provider/callback": authRefused("get", "/auth/customer/portal/callback"),
  "POST /auth/:actor_type/:auth_provider/callback": authRefused("post", "/auth/customer/portal/callback"),
  "POST /auth/:actor_type/:auth_provider/register": authRefused("post", "/auth/customer/portal/register"),
  "POST /auth/:actor_type/:auth_provider/reset-password": {
    kind: "probe",
    // The same answer for B's account as for one that does not exist: nothing about B leaks to A.
    run: async ({ api }) => {
      const forB = await api.post("/auth/customer/portal/reset-password", { identifier: DEMO_CUSTOMERS[1]!.email })
      const forNobody = await api.post("/auth/customer/portal/reset-password", { identifier: "nobody.at.all@example.com" })
      expect([forB.status, forB.data]).toEqual([forNobody.status, forNobody.data])
    },
  },
  "POST /auth/:actor_type/:auth_provider/update": authRefused("post", "/auth/customer/portal/update"),
  "GET /auth/:actor_type/providers": catalogue,
  "POST /auth/:auth_provider/user": authRefused("post", "/auth/emailpass/user"),
  "POST /auth/session": authRefused("post", "/auth/session"),
  "DELETE /auth/session": {
    kind: "probe",
    // No cookie session to end; B's session is untouched.
    run: async ({ api, a, b }) => {
      await api.delete("/auth/session", { headers: a }).catch(() => undefined)
      expect((await api.get("/store/customers/me", { headers: b })).status).toBe(200)
    },
  },
  "POST /auth/token/refresh": authRefused("post", "/auth/token/refresh", [403]),
  "POST /auth/mfa/challenges/:id/verify": authRefused("post", "/auth/mfa/challenges/mfa_1/verify", [403]),
  "GET /auth/mfa/factors": authRefused("get", "/auth/mfa/factors", [403]),
  "POST /auth/mfa/factors": authRefused("post", "/auth/mfa/factors", [403]),
  "DELETE /auth/mfa/factors/:id": authRefused("delete", "/auth/mfa/factors/mfa_1", [403]),
  "POST /auth/mfa/factors/:id/verify": authRefused("post", "/auth/mfa/factors/mfa_1/verify", [403]),
  "POST /auth/mfa/recovery-codes": authRefused("post", "/auth/mfa/recovery-codes", [403]),
  "POST /auth/verification/confirm": authRefused("post", "/auth/verification/confirm", [403]),
  "POST /auth/verification/request": authRefused("post", "/auth/verification/request", [403]),
  "GET /store/portal/exports/:format": {
    kind: "probe",
    run: async ({ api, a, b }) => {
      const range = "from=2026-01-01&to=2026-12-31"
      expect((await api.get(`/store/portal/exports/xero_bills?${range}`, { headers: a })).data).not.toContain("INV0005001")
      expect((await api.get(`/store/portal/exports/xero_bills?${range}`, { headers: b })).data).toContain("INV0005001")
    },
  },
  "GET /admin/portal/orders/:id/invoices": { kind: "staff", path: "/admin/portal/orders/order_1/invoices" },
  "GET /admin/portal/invoices/:number/pdf": { kind: "staff", path: "/admin/portal/invoices/INV0005001/pdf" },
  "POST /admin/portal/statements": { kind: "staff", path: "/admin/portal/statements" },
  "GET /admin/portal/reorders": { kind: "staff", path: "/admin/portal/reorders" },
  "GET /admin/portal/reorders/:id": { kind: "staff", path: "/admin/portal/reorders/reord_1" },
  "GET /admin/portal/reorders/export": { kind: "staff", path: "/admin/portal/reorders/export" },
  "GET /admin/orderflow/sync-health": { kind: "staff", path: "/admin/orderflow/sync-health" },
  "GET /admin/customers/:id/portal-activation": { kind: "staff", path: "/admin/customers/cus_1/portal-activation" },
  "POST /admin/customers/:id/portal-activation": { kind: "staff", path: "/admin/customers/cus_1/portal-activation" },
  "GET /admin/customers/:id/people": { kind: "staff", path: "/admin/customers/cus_1/people" },
  "POST /admin/customers/:id/people/:person_id": { kind: "staff", path: "/admin/customers/cus_1/people/pers_1" },
  "GET /admin/customers/:id/sso": { kind: "staff", path: "/admin/customers/cus_1/sso" },
  "POST /admin/customers/:id/sso": { kind: "staff", path: "/admin/customers/cus_1/sso" },
  "DELETE /admin/customers/:id/sso": { kind: "staff", path: "/admin/customers/cus_1/sso" },
  "GET /admin/customers/:id/notifications": { kind: "staff", path: "/admin/customers/cus_1/notifications" },
  "POST /admin/erp-change-requests/:id": { kind: "staff", path: "/admin/erp-change-requests/erpchg_1" },
  "GET /admin/support/tickets": { kind: "staff", path: "/admin/support/tickets" },
  "GET /admin/support/tickets/:id": { kind: "staff", path: "/admin/support/tickets/tkt_1" },
  "POST /admin/support/tickets/:id": { kind: "staff", path: "/admin/support/tickets/tkt_1" },
  "POST /admin/support/tickets/:id/messages": { kind: "staff", path: "/admin/support/tickets/tkt_1/messages" },
  "POST /admin/support/tickets/:id/erp-requests": { kind: "staff", path: "/admin/support/tickets/tkt_1/erp-requests" },
  "GET /admin/support/saved-replies": { kind: "staff", path: "/admin/support/saved-replies" },
  "POST /admin/support/saved-replies": { kind: "staff", path: "/admin/support/saved-replies" },
  "POST /admin/support/saved-replies/:id": { kind: "staff", path: "/admin/support/saved-replies/tsr_1" },
  "DELETE /admin/support/saved-replies/:id": { kind: "staff", path: "/admin/support/saved-replies/tsr_1" },
  "GET /admin/support/report": { kind: "staff", path: "/admin/support/report" },
  "GET /admin/support/files/:token": { kind: "staff", path: "/admin/support/files/some-token" },
  "POST /admin/customers/:id/notifications/:notification_id/resend": { kind: "staff", path: "/admin/customers/cus_1/notifications/noti_1/resend" },
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("customer isolation", () => {
      beforeAll(async () => {
        await inbox.listening
      })
      afterAll(async () => {
        await inbox.close()
      })

      it("covers every store route and every route the project adds", () => {
        const routes = registeredRoutes().map((route) => `${route.method} ${route.path}`)
        const uncovered = routes.filter((route) => !ISOLATION[route])
        expect(uncovered, "routes without an isolation check: add them to ISOLATION").toEqual([])
        expect(Object.keys(ISOLATION).filter((route) => !routes.includes(route)), "checks for routes that no longer exist").toEqual([])
      })

      it("opens no portal route without a session, whatever the method or spelling, except under /store/portal/public", async () => {
        const [key] = await getContainer().resolve(Modules.API_KEY).createApiKeys([{ title: "closed by default", type: "publishable", created_by: "test" }])
        const visitor = { headers: { "x-publishable-api-key": key!.token } }
        const portalRoutes = registeredRoutes().filter((route) => route.source === "project" && route.path.startsWith("/store/portal/"))
        const privatePaths = [...new Set(portalRoutes.filter((route) => !route.path.startsWith("/store/portal/public/")).map((route) => route.path.replace(/:\w+/g, "1")))]
        expect(privatePaths.length).toBeGreaterThan(20)
        // A route file nobody has written a middleware for yet, and spellings Express routes the same way.
        const tried = [...privatePaths, "/store/portal/added-tomorrow", "/STORE/PORTAL/orders", "/store/portal/Orders/", "/store/portal/public-ish/orders"]
        const answers = await Promise.all(
          tried.flatMap((path) =>
            (["get", "post", "put", "patch", "delete"] as const).map(async (method) => {
              const response = await failure(method === "get" || method === "delete" ? api[method](path, visitor) : api[method](path, {}, visitor))
              return `${method.toUpperCase()} ${path} ${response.status}`
            })
          )
        )
        expect(answers.filter((answer) => !answer.endsWith(" 401"))).toEqual([])
        // The public prefix is what it says: a visitor gets an answer from the route itself.
        const activation = await api.post("/store/portal/public/activation", { identifier: "" }, visitor).catch((error: { response: { status: number } }) => error.response)
        expect(activation.status).toBe(400)
      })

      it("keeps customer A out of customer B's profile, addresses, orders and carts on every route", async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        const [demoA, demoB] = [DEMO_CUSTOMERS[0]!, DEMO_CUSTOMERS[1]!]
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const idOf = async (number: string) => (await knex.raw(`SELECT id FROM customer WHERE metadata->>'customer_number' = ?`, [number])).rows[0].id as string
        const [aCustomer, bCustomer] = [await idOf(demoA.customerNumber), await idOf(demoB.customerNumber)]
        const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "zar" })
        const [order] = await container.resolve(Modules.ORDER).createOrders([
          { customer_id: bCustomer, email: demoB.email, region_id: region!.id, currency_code: "zar", items: [{ title: "Napkins", quantity: 1, unit_price: 100 }] },
        ])
        const cart = await container.resolve(Modules.CART).createCarts({
          customer_id: bCustomer,
          region_id: region!.id,
          currency_code: "zar",
          items: [{ title: "Napkins", quantity: 1, unit_price: 100 }],
        })
        const [bLine] = await container.resolve(Modules.CART).listLineItems({ cart_id: cart.id })
        await container.resolve<ReorderModuleService>(REORDER_MODULE).createReorders({ reference: "WEB-B1", customer_id: bCustomer, cust_no: demoB.customerNumber, order_id: "order_b1", cart_id: "cart_b1" })
        await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpOrders([
          { ord_no: 5001, order_id: order!.id, cust_no: demoB.customerNumber, customer_id: bCustomer, status: "PE", ordered_at: new Date(), sub_total: 1, vat_total: 0, total: 1, currency_code: "zar", last_upd: "2026-11-01 08:00:00" },
        ])
        // B's delivery of last week, a day before the promised day (the on-time score); an old order, out of sight.
        const weekAgo = new Date(Date.now() - 7 * 86_400_000)
        await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpOrders([
          { ord_no: 4001, order_id: null, cust_no: demoB.customerNumber, customer_id: bCustomer, status: "DL", ordered_at: new Date(Date.now() - 800 * 86_400_000), promised_date: new Date(weekAgo.getTime() + 86_400_000).toISOString().slice(0, 10), sub_total: 1, vat_total: 0, total: 1, currency_code: "zar", last_upd: "2026-11-01 08:00:00" },
        ])
        await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpShipments([
          { ship_id: 4001, ord_no: 4001, carrier: "CGUY", waybill: "CG4001", shipped_at: weekAgo, delivered_at: weekAgo, last_upd: "2026-11-01 08:00:00" },
        ])

        // B owes R 115,00 on invoice INV0005001 (R 100,00 of which paid), and has a stored monthly statement.
        const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
        await invoicing.createInvoices({
          number: "INV0005001", type: "invoice", cust_no: demoB.customerNumber, customer_id: bCustomer, ord_no: 5001, issue_date: "2026-10-01", due_date: "2026-10-31",
          sub_total: 200, vat_total: 30, total: 230, currency_code: "zar", erp_status: "open", last_upd: "2026-10-01 08:00:00",
          lines: [{ lineNo: 1, sku: "NAP-1", descr: "Napkins", qtyMilli: 2000, unitPriceCents: 10000, vatRateBasisPoints: 1500, lineTotalCents: 20000 }] as unknown as Record<string, unknown>,
        })
        await invoicing.rewriteSpendSummaries([{ customer_id: bCustomer, month: "2026-10" }])
        await invoicing.createPayments({ txn_id: 5001, cust_no: demoB.customerNumber, customer_id: bCustomer, paid_on: "2026-10-15", method: "EFT", reference: "B pays", amount: 115, last_upd: "2026-10-15 08:00:00" })
        await invoicing.createPaymentAllocations({ txn_id: 5001, invoice_number: "INV0005001", amount: 115, allocated_on: "2026-10-15" })
        await invoicing.createStatementsOnce([
          { customer_id: bCustomer, cust_no: demoB.customerNumber, period: "2026-10", from_date: "2026-10-01", to_date: "2026-10-31", opening_balance_cents: 0, closing_balance_cents: 11500, snapshot: {}, email_to: null },
        ])

        const signIn = (identifier: string) => customerHeaders(api, key!.token, identifier, DEMO_CUSTOMER_PASSWORD)
        const b = await signIn(demoB.email)
        const address = await api.post("/store/portal/addresses", { address_1: "7 B St", city: "Pretoria", province: "Gauteng", postal_code: "0002" }, { headers: b })
        // One in-portal notification for B's person in B's account.
        const bMembership = (await knex.raw(`SELECT id FROM account_membership WHERE customer_id = ? AND deleted_at IS NULL LIMIT 1`, [bCustomer])).rows[0].id as string
        const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
          {
            to: bMembership,
            channel: "feed",
            receiver_id: bMembership,
            template: "order.on_hold",
            trigger_type: "order.on_hold",
            resource_type: "order",
            resource_id: "5001",
            data: { category: "order_updates", title: "Order 5001 is on hold", body: "B's order is on hold.", link: "/account/orders/5001" },
          },
        ])
        // One support ticket of B's, with a photo.
        const form = new FormData()
        for (const [name, value] of Object.entries({ category: "damaged_goods", subject: "Crushed box", body: "See the photo.", order_no: "5001" })) form.append(name, value)
        const photo = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#c00" } }).png().toBuffer()
        form.append("files", new Blob([new Uint8Array(photo)], { type: "image/png" }), "box.png")
        const ticket = (await (await fetch(`${api.defaults.baseURL}/store/portal/tickets`, { method: "POST", headers: b, body: form })).json()) as { ticket: { id: string } }
        const ticketFile = (await api.get(`/store/portal/tickets/${ticket.ticket.id}`, { headers: b })).data.ticket.messages[0].attachments[0].url as string
        const bIds = { customer: bCustomer, order: order!.id, address: address.data.address.id as string, cart: cart.id, line: bLine!.id, notification: notification!.id, ticket: ticket.ticket.id, ticketFile }
        const auditBefore = await container.resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ customer_id: bCustomer })

        for (const [route, isolation] of Object.entries(ISOLATION)) {
          // A fresh session for each route: one route signing A out must not hide another's answer.
          const a = await signIn(demoA.customerNumber)
          const probe: Probe = { api, a, b, bIds, aCustomer, container }
          try {
            if (isolation.kind === "probe") await isolation.run(probe)
            if (isolation.kind === "refused") {
              const method = route.split(" ")[0]!.toLowerCase() as "get" | "post" | "delete"
              const response = await failure(method === "get" || method === "delete" ? api[method](isolation.path(bIds), { headers: a }) : api.post(isolation.path(bIds), {}, { headers: a }))
              // 404 where B's id is in the path (ownership is checked first), else 403 with the reason.
              expect([403, 404]).toContain(response.status)
              expect(response.data.message.length).toBeGreaterThan(10)
            }
            if (isolation.kind === "staff") {
              const request = route.startsWith("GET")
                ? api.get(isolation.path, { headers: a })
                : route.startsWith("DELETE")
                  ? api.delete(isolation.path, { headers: a })
                  : api.post(isolation.path, {}, { headers: a })
              expect((await failure(request)).status).toBe(401)
            }
          } catch (error) {
            throw new Error(`${route}: ${(error as Error).message}`)
          }
        }

        // B's things are as they were: order, cart, address, and nothing done in B's name.
        expect((await api.get(`/store/orders/${bIds.order}`, { headers: b })).data.order.id).toBe(bIds.order)
        const [bCart] = await container.resolve(Modules.CART).listCarts({ id: cart.id })
        expect(bCart!.email ?? null).toBeNull()
        expect((await api.get("/store/portal/addresses", { headers: b })).data.addresses.map((entry: { address_1: string }) => entry.address_1)).toContain("7 B St")
        const auditAfter = await container.resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ customer_id: bCustomer })
        // Only what B did (viewing and downloading their own things, saving their own address), the links A asked to
        // be mailed to B's own address, and A's refused guess at B's password.
        expect(auditAfter.filter((entry) => !auditBefore.some((before) => before.id === entry.id)).map((entry) => entry.action).sort()).toEqual([
          "address.updated",
          "auth.activation_requested",
          "auth.reset_requested",
          "auth.sign_in_failed",
          // An accounting export and an Insights CSV.
          "export.downloaded",
          "export.downloaded",
          "invoice.downloaded",
          "invoice.viewed",
          "order.document_downloaded",
          "order.viewed",
          "statement.viewed",
          "team.invited",
        ])
      })
    })
  },
})
