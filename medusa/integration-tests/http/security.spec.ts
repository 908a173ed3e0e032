import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import seed from "../../src/scripts/seed"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"
import { customerHeaders, failure } from "../utils/customer-session"
import { linkToken, startInbox } from "../utils/inbox"
import { rawRequest } from "../utils/raw-http"

/**
 * The attacks of the security review, each written as the attacker's requests against the real app. Every test
 * here failed against the code before its fix.
 */
const inbox = startInbox(12526)
process.env.SMTP_URL = inbox.url

const STAFF = { email: "guard@wholesale.example", password: "staff own passphrase 2026" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("security", () => {
      let key: string
      const base = () => String(api.defaults.baseURL)
      const store = (headers: Record<string, string> = {}) => ({ "x-publishable-api-key": key, ...headers })
      const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const customerId = async (number: string) => (await knex().raw(`SELECT id FROM customer WHERE metadata->>'customer_number' = ?`, [number])).rows[0].id as string
      const auditActions = async (number: string) =>
        (await getContainer().resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ customer_id: await customerId(number) })).map((entry) => entry.action)

      beforeAll(async () => {
        await inbox.listening
      })
      afterAll(async () => {
        await inbox.close()
      })
      beforeEach(async () => {
        inbox.clear()
        await seed({ container: getContainer(), args: [] })
        await seedStaffUser(getContainer(), STAFF)
        const [found] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        key = found!.token
      })

      it("counts and locks sign-in attempts on every method and spelling of the sign-in route, and refuses sign-in by GET", async () => {
        const demo = DEMO_CUSTOMERS[1]!
        const right = { identifier: demo.customerNumber, password: DEMO_CUSTOMER_PASSWORD }
        const wrong = { identifier: demo.customerNumber, password: "a wrong guess" }
        for (const method of ["GET", "HEAD", "PUT", "PATCH", "DELETE"]) {
          const answer = await rawRequest(base(), method, "/auth/customer/portal", {}, right)
          expect([404, 405], `${method} /auth/customer/portal`).toContain(answer.status)
        }
        // Spellings Medusa's router sends to the provider (encoded and case-varied pieces, trailing slash, a query):
        // each is counted against the same account.
        const routed = ["/auth/customer/p%6Frtal", "/auth/cust%6Fmer/portal", "/AUTH/customer/portal", "/auth/customer/portal/", "/auth/customer/%70ortal?via=query"]
        for (const path of routed) expect((await rawRequest(base(), "POST", path, {}, wrong)).status, path).toBe(401)
        // Spellings whose provider or actor type differs in case would reach Medusa's provider lookup: refused before it.
        for (const path of ["/auth/Customer/portal", "/auth/customer/PORTAL", "/auth/customer/emailpass", "/auth/user/portal"]) {
          expect((await rawRequest(base(), "POST", path, {}, right)).status, path).toBe(404)
        }
        const locked = await rawRequest(base(), "POST", "/auth/customer/portal", {}, right)
        expect(locked.status).toBe(429)
        expect(locked.json?.message).toMatch(/locked/)
        expect((await auditActions(demo.customerNumber)).filter((action) => action === "auth.sign_in_failed")).toHaveLength(6)
      })

      it("lets no other shape of Medusa's generic sign-in route through, even with a self-registered staff identity", async () => {
        const demo = DEMO_CUSTOMERS[2]!
        // Anyone can register an emailpass identity (that is how staff invites start): its token is a "user" token.
        const registered = await rawRequest(base(), "POST", "/auth/user/emailpass/register", {}, { email: "stranger@evil.example", password: "stranger passphrase" })
        expect(registered.status).toBe(200)
        const userToken = { authorization: `Bearer ${registered.json!.token}` }
        const guess = { identifier: demo.customerNumber, password: DEMO_CUSTOMER_PASSWORD }
        for (const path of ["/auth/mfa/portal", "/auth/Verification/portal", "/auth/verification/emailpass", "/auth/token/portal", "/auth/session/portal", "/auth/mfa/factors/x/y/z"]) {
          for (const method of ["GET", "POST"]) {
            const answer = await rawRequest(base(), method, path, userToken, guess)
            expect([403, 404, 405], `${method} ${path}`).toContain(answer.status)
          }
        }
        // Inherited object keys are no routes, and answer at once.
        for (const path of ["/auth/customer/portal/constructor", "/auth/customer/portal/__proto__", "/auth/customer/portal/toString", "/auth/constructor"]) {
          expect((await rawRequest(base(), "POST", path, {}, guess)).status, path).toBe(404)
        }
        // An absolute-form request target is routed by its path, and so is guarded by it.
        const absolute = await rawRequest(base(), "POST", "http://mfa/auth/customer/portal", {}, { identifier: demo.customerNumber, password: "wrong" })
        expect(absolute.status).toBe(401)
        expect((await auditActions(demo.customerNumber)).filter((action) => action === "auth.sign_in_failed")).toHaveLength(1)
      })

      it("counts parallel guesses before checking the password, so they cannot get past the limit", async () => {
        const demo = DEMO_CUSTOMERS[2]!
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, n) => rawRequest(base(), "POST", "/auth/customer/portal", {}, { identifier: demo.email, password: `parallel guess ${n}` }))
        )
        const statuses = answers.map((answer) => answer.status)
        expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5)
        expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(15)
        expect((await rawRequest(base(), "POST", "/auth/customer/portal", {}, { identifier: demo.email, password: DEMO_CUSTOMER_PASSWORD })).status).toBe(429)
      })

      it("limits and locks staff sign-in like customers', on every spelling", async () => {
        for (const path of ["/auth/user/emailpass", "/auth/user/em%61ilpass", "/AUTH/user/emailpass", "/auth/user/emailpass/", "/auth/%75ser/emailpass"]) {
          expect((await rawRequest(base(), "POST", path, {}, { email: STAFF.email, password: "guessing" })).status, path).toBe(401)
        }
        expect((await rawRequest(base(), "POST", "/auth/USER/emailpass", {}, STAFF)).status).toBe(404)
        expect((await rawRequest(base(), "GET", "/auth/user/emailpass", {}, STAFF)).status).toBe(405)
        const locked = await rawRequest(base(), "POST", "/auth/user/emailpass", {}, { email: STAFF.email.toUpperCase(), password: STAFF.password })
        expect(locked.status).toBe(429)
        // Another staff member is not locked out by it.
        await seedStaffUser(getContainer(), { email: "second@wholesale.example", password: STAFF.password })
        expect((await rawRequest(base(), "POST", "/auth/user/emailpass", {}, { email: "second@wholesale.example", password: STAFF.password })).status).toBe(200)
      })

      it("limits reset links on every spelling of the reset route, and refuses the provider's update route", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const spellings = ["/auth/customer/portal/reset-password", "/auth/customer/p%6Frtal/reset-password", "/auth/customer/portal/RESET-PASSWORD", "/auth/Customer/portal/reset-password"]
        const statuses = []
        for (const path of spellings) statuses.push((await rawRequest(base(), "POST", path, {}, { identifier: demo.email })).status)
        for (const path of spellings.slice(0, 3)) statuses.push((await rawRequest(base(), "POST", path, {}, { identifier: demo.email })).status)
        // Three links an hour per account; the actor type spelled otherwise never reaches Medusa.
        expect(statuses.filter((status) => status === 201)).toHaveLength(3)
        expect(statuses).toContain(429)
        expect(statuses[3]).toBe(404)
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        expect(inbox.received.filter((mail) => mail.to === demo.email).length).toBeLessThanOrEqual(3)

        for (const path of ["/auth/customer/portal/update", "/auth/customer/p%6Frtal/update", "/auth/customer/portal/UPDATE"]) {
          const refused = await rawRequest(base(), "POST", path, {}, { password: "taken over at last" })
          expect(refused.status, path).toBe(403)
          expect(refused.json?.message).toMatch(/\/store\/portal\/public\/password/)
        }
        expect((await rawRequest(base(), "POST", "/auth/customer/portal/register", {}, { identifier: "C0999999", password: "x".repeat(12) })).status).toBe(403)
      })

      it("keeps an ended session ended whatever the spelling of the Authorization header", async () => {
        const demo = DEMO_CUSTOMERS[3]!
        const headers = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        const token = headers.authorization!.slice("Bearer ".length)
        const spellings = [`bearer ${token}`, `BEARER ${token}`, `Bearer  ${token}`, `Bearer\t${token}`, ` Bearer ${token}`, `Bearer ${token} extra`]
        // While the session lives, every spelling Medusa accepts works (the portal reads the header as Medusa does)…
        for (const authorization of spellings) {
          expect((await rawRequest(base(), "GET", "/store/customers/me", store({ authorization }))).status, JSON.stringify(authorization)).toBe(200)
        }
        await api.delete("/store/portal/sessions/current", { headers })
        // …and once it has ended, none of them opens anything.
        for (const authorization of spellings) {
          for (const path of ["/store/customers/me", "/store/portal/profile", "/store/orders", "/store/carts"]) {
            const method = path === "/store/carts" ? "POST" : "GET"
            expect((await rawRequest(base(), method, path, store({ authorization }), method === "POST" ? {} : undefined)).status, `${path} ${JSON.stringify(authorization)}`).toBe(401)
          }
        }
        // A header that is there but is no bearer token is refused, not ignored.
        for (const authorization of ["Bearer", "Token", "Basic c2tfdGVzdDo=", `Token ${token}`]) {
          const answer = await rawRequest(base(), "GET", "/store/customers/me", store({ authorization }))
          expect(answer.status, authorization).toBe(401)
          expect(answer.json?.message).toMatch(/sign in/i)
        }
        expect((await rawRequest(base(), "GET", "/store/products?limit=1", store({ authorization: "Bearer" }))).status).toBe(401)
        expect((await rawRequest(base(), "GET", "/store/products?limit=1", store())).status).toBe(200)
      })

      it("refuses to refresh a customer's token, and lets one sign-in start one session only", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const signIn = await rawRequest(base(), "POST", "/auth/customer/portal", {}, { identifier: demo.email, password: DEMO_CUSTOMER_PASSWORD })
        const signInToken = signIn.json!.token!
        for (const path of ["/auth/token/refresh", "/AUTH/TOKEN/REFRESH", "/auth/token/refresh/"]) {
          expect((await rawRequest(base(), "POST", path, { authorization: `Bearer ${signInToken}` })).status, path).toBe(403)
        }
        // An encoded fixed word is no refresh route to Express (it would reach the generic sign-in route): refused too.
        expect((await rawRequest(base(), "POST", "/auth/t%6Fken/refresh", { authorization: `Bearer ${signInToken}` })).status).toBe(404)
        expect((await rawRequest(base(), "POST", "/auth/session", { authorization: `Bearer ${signInToken}` })).status).toBe(403)
        // The sign-in token opens no store route by itself…
        expect((await rawRequest(base(), "GET", "/store/customers/me", store({ authorization: `Bearer ${signInToken}` }))).status).toBe(401)
        const first = await rawRequest(base(), "POST", "/store/portal/public/sessions", store({ authorization: `Bearer ${signInToken}` }), { identifier: demo.email })
        expect(first.status).toBe(201)
        // …and starts exactly one session.
        const second = await rawRequest(base(), "POST", "/store/portal/public/sessions", store({ authorization: `Bearer ${signInToken}` }), { identifier: demo.email })
        expect(second.status).toBe(401)
        const sessionToken = first.json!.token!
        expect((await rawRequest(base(), "POST", "/auth/token/refresh", { authorization: `Bearer ${sessionToken}` })).status).toBe(403)
        const sessions = await knex().raw(`SELECT count(*)::int AS n FROM customer_session WHERE customer_id = ?`, [await customerId(demo.customerNumber)])
        expect(sessions.rows[0].n).toBe(1)
        // Staff tokens still refresh (the admin uses it).
        const staff = await rawRequest(base(), "POST", "/auth/user/emailpass", {}, STAFF)
        expect((await rawRequest(base(), "POST", "/auth/token/refresh", { authorization: `Bearer ${staff.json!.token}` })).status).toBe(200)
      })

      it("applies the visibility rule to Medusa's stock order routes", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const owner = await customerId(demo.customerNumber)
        const [region] = await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "zar" })
        const day = 86_400_000
        const cases = [
          { ord_no: 7101, status: "PE" as const, ordered_at: new Date(Date.now() - 10 * day), visible: true },
          { ord_no: 7102, status: "DL" as const, ordered_at: new Date(Date.now() - 800 * day), visible: false },
          { ord_no: 7103, status: "CN" as const, ordered_at: new Date(Date.now() - 200 * day), cancelled_at: new Date(Date.now() - 100 * day), visible: false },
          { ord_no: 7104, status: "DR" as const, ordered_at: new Date(Date.now() - 10 * day), visible: false },
        ]
        const orders = await getContainer().resolve(Modules.ORDER).createOrders(
          cases.map((entry) => ({ customer_id: owner, email: demo.email, region_id: region!.id, currency_code: "zar", items: [{ title: `Order ${entry.ord_no}`, quantity: 1, unit_price: 100 }] }))
        )
        await getContainer().resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpOrders(
          cases.map(({ visible: _visible, ...entry }, index) => ({ ...entry, order_id: orders[index]!.id, cust_no: demo.customerNumber, customer_id: owner, sub_total: 1, vat_total: 0, total: 1, currency_code: "zar", last_upd: "2026-11-01 08:00:00" }))
        )
        const headers = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        const listed = await api.get("/store/orders?fields=id&limit=50", { headers })
        const visibleIds = orders.filter((_, index) => cases[index]!.visible).map((order) => order.id)
        expect(listed.data.orders.map((order: { id: string }) => order.id).sort()).toEqual(visibleIds.sort())
        expect(listed.data.count).toBe(1)
        for (const [index, order] of orders.entries()) {
          const answer = await rawRequest(base(), "GET", `/store/orders/${order.id}?fields=id`, store({ authorization: headers.authorization! }))
          expect(answer.status, `order ${cases[index]!.ord_no}`).toBe(cases[index]!.visible ? 200 : 404)
        }
        // The stock list's own filters and paging still work inside the visible set.
        expect((await api.get(`/store/orders?fields=id&id=${orders[1]!.id}`, { headers })).data.count).toBe(0)
        expect((await api.get(`/store/orders?fields=id&id=${orders[0]!.id}`, { headers })).data.count).toBe(1)
      })

      it("only changes a cart's line item through that cart", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const headers = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        const [region] = await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "zar" })
        const carts = getContainer().resolve(Modules.CART)
        const owner = await customerId(demo.customerNumber)
        const [first, second] = await carts.createCarts([
          { customer_id: owner, region_id: region!.id, currency_code: "zar", items: [{ title: "Napkins", quantity: 1, unit_price: 100 }] },
          { customer_id: owner, region_id: region!.id, currency_code: "zar", items: [{ title: "Cups", quantity: 3, unit_price: 100 }] },
        ])
        const [secondLine] = await carts.listLineItems({ cart_id: second!.id })
        const across = await failure(api.post(`/store/carts/${first!.id}/line-items/${secondLine!.id}`, { quantity: 50 }, { headers }))
        expect(across.status).toBe(404)
        expect(across.data.message).toMatch(/Line item/)
        expect((await failure(api.delete(`/store/carts/${first!.id}/line-items/${secondLine!.id}`, { headers }))).status).toBe(404)
        const [still] = await carts.listLineItems({ id: secondLine!.id })
        expect(Number(still!.quantity)).toBe(3)
        // Through its own cart the line is found (the answer is Medusa's own, whatever it makes of the change).
        const own = await rawRequest(base(), "DELETE", `/store/carts/${second!.id}/line-items/${secondLine!.id}`, store({ authorization: headers.authorization! }))
        expect(own.status).toBe(200)
      })

      it("answers a store request whose locale is repeated or nested instead of leaving it hanging (patched Medusa middleware)", async () => {
        // Without patches/@medusajs+framework: Medusa's applyLocale threw on a non-string locale and never answered.
        for (const query of ["locale=en-ZA&locale=af-ZA", "locale[x]=1", "locale=en-ZA"]) {
          const answer = await api.get(`/store/regions?${query}`, { headers: store(), timeout: 5_000 })
          expect([query, answer.status, answer.data.regions.length > 0]).toEqual([query, 200, true])
        }
      })

      it("believes a forwarded address only from a trusted proxy", async () => {
        process.env.STOREFRONT_ADDRESSES = "10.255.255.1"
        try {
          // The storefront is elsewhere now, so this host is a visitor like any other: 30 misses from "30 addresses"
          // are one address, and the 31st is refused.
          for (let n = 0; n < 30; n++) {
            const answer = await rawRequest(base(), "POST", "/auth/customer/portal", { "x-forwarded-for": `198.51.100.${n}` }, { identifier: `nobody${n}@example.com`, password: "guess" })
            expect(answer.status).toBe(401)
          }
          const refused = await rawRequest(base(), "POST", "/auth/customer/portal", { "x-forwarded-for": "203.0.113.77" }, { identifier: DEMO_CUSTOMERS[0]!.email, password: DEMO_CUSTOMER_PASSWORD })
          expect(refused.status).toBe(429)
          const { rows } = await knex().raw(`SELECT DISTINCT ip FROM audit_entry WHERE action = 'auth.sign_in_failed'`)
          expect(rows.map((row: { ip: string }) => row.ip)).toEqual(["127.0.0.1"])
        } finally {
          delete process.env.STOREFRONT_ADDRESSES
        }
        // By default the storefront on this host is trusted: the hop it adds counts, not what its visitor wrote.
        await rawRequest(base(), "POST", "/auth/customer/portal", { "x-forwarded-for": "6.6.6.6, 192.0.2.10" }, { identifier: "someone@example.com", password: "guess" })
        const { rows } = await knex().raw(`SELECT ip FROM audit_entry WHERE actor = 'someone@example.com'`)
        expect(rows.map((row: { ip: string }) => row.ip)).toEqual(["192.0.2.10"])
      })

      it("asks for the current password to change the email, tells the old address, and lets it take the account back", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const owner = await customerId(demo.customerNumber)
        const emailNow = async () => (await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(owner)).email
        const headers = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        const request = (body: Record<string, string>) => api.post("/store/portal/profile/email", body, { headers })
        expect((await failure(request({ email: "thief@evil.example" }))).status).toBe(400)
        const wrong = await failure(request({ email: "thief@evil.example", current_password: "not it" }))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/current password/)
        expect(inbox.received).toEqual([])

        // The attacker (who knows the password) moves the account to their address, confirms, and moves it on again.
        expect((await request({ email: "thief@evil.example", current_password: DEMO_CUSTOMER_PASSWORD })).status).toBe(202)
        const notice = await inbox.waitFor(demo.email, /is being changed/)
        expect(notice.text).toContain("thief@evil.example")
        await api.post("/store/portal/public/email-confirmation", { token: linkToken(await inbox.waitFor("thief@evil.example", /Confirm/)) }, { headers: store() })
        expect(await emailNow()).toBe("thief@evil.example")
        await request({ email: "taker@evil.example", current_password: DEMO_CUSTOMER_PASSWORD })
        const laterConfirmation = linkToken(await inbox.waitFor("taker@evil.example", /Confirm/))
        // The notice of that later change goes to the intruder's own address; so does a reset link; and they hold a
        // fresh sign-in token.
        const intrudersNotice = linkToken(await inbox.waitFor("thief@evil.example", /is being changed/))
        await api.post("/auth/customer/portal/reset-password", { identifier: "thief@evil.example" })
        const intrudersReset = linkToken(await inbox.waitFor("thief@evil.example", /Reset your customer portal password/))
        const intrudersSignIn = (await api.post("/auth/customer/portal", { identifier: demo.customerNumber, password: DEMO_CUSTOMER_PASSWORD })).data.token as string
        await new Promise((resolve) => setTimeout(resolve, 1_100)) // the victim acts in a later second

        // "This wasn't me" from the first notice: the old address is back, the later change is void, nobody is signed
        // in, and the password the attacker knows opens nothing.
        const cancelled = await api.post("/store/portal/public/email-change-cancellation", { token: linkToken(notice) }, { headers: store() })
        expect(cancelled.data.message).toContain(`${demo.email} again`)
        expect(await emailNow()).toBe(demo.email)
        expect((await failure(api.post("/store/portal/public/email-confirmation", { token: laterConfirmation }, { headers: store() }))).status).toBe(410)
        expect(await emailNow()).toBe(demo.email)
        expect((await failure(api.get("/store/customers/me", { headers }))).status).toBe(401)
        expect((await failure(api.post("/auth/customer/portal", { identifier: demo.email, password: DEMO_CUSTOMER_PASSWORD }))).status).toBe(401)
        expect((await failure(api.post("/store/portal/public/email-change-cancellation", { token: linkToken(notice) }, { headers: store() }))).status).toBe(410)
        // Nothing the intruder collected before that works any more.
        expect((await failure(api.post("/store/portal/public/email-change-cancellation", { token: intrudersNotice }, { headers: store() }))).status).toBe(410)
        expect(await emailNow()).toBe(demo.email)
        expect((await failure(api.post("/store/portal/public/password", { token: intrudersReset, password: "the intruder's new passphrase" }, { headers: store() }))).status).toBe(410)
        expect((await failure(api.post("/store/portal/public/sessions", {}, { headers: store({ authorization: `Bearer ${intrudersSignIn}` }) }))).status).toBe(401)
        expect(await auditActions(demo.customerNumber)).toEqual(expect.arrayContaining(["profile.email_change_cancelled", "profile.email_changed"]))
      })

      it("limits email changes to three a day, and a change cancelled before it was confirmed never happens", async () => {
        const demo = DEMO_CUSTOMERS[2]!
        const headers = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        for (const n of [1, 2, 3]) {
          expect((await api.post("/store/portal/profile/email", { email: `new${n}@example.com`, current_password: DEMO_CUSTOMER_PASSWORD }, { headers })).status).toBe(202)
        }
        expect((await failure(api.post("/store/portal/profile/email", { email: "new4@example.com", current_password: DEMO_CUSTOMER_PASSWORD }, { headers }))).status).toBe(429)
        const confirmation = linkToken(await inbox.waitFor("new3@example.com", /Confirm/))
        await inbox.waitFor(demo.email, /is being changed/)
        const notices = inbox.received.filter((mail) => mail.to === demo.email && /is being changed/.test(mail.subject))
        const cancelled = await api.post("/store/portal/public/email-change-cancellation", { token: linkToken(notices[0]!) }, { headers: store() })
        expect(cancelled.data.message).toMatch(/stays as it is/)
        expect((await failure(api.post("/store/portal/public/email-confirmation", { token: confirmation }, { headers: store() }))).status).toBe(410)
        expect((await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(await customerId(demo.customerNumber))).email).toBe(demo.email)
      })

      it("writes no CSV cell a spreadsheet would run as a formula, and keeps negative amounts numbers", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const owner = await customerId(demo.customerNumber)
        const formula = '=HYPERLINK("http://evil.example","Click")'
        await getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE).createPayments({
          txn_id: 7201, cust_no: demo.customerNumber, customer_id: owner, paid_on: "2026-10-15", method: "EFT", reference: formula, amount: 115, last_upd: "2026-10-15 08:00:00",
        })
        const headers = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        const range = "from=2026-10-01&to=2026-10-31"
        for (const path of [`/store/portal/statement/csv?${range}`, `/store/portal/exports/xero_payments?${range}`, `/store/portal/exports/quickbooks_payments?${range}`]) {
          const csv = String((await api.get(path, { headers })).data)
          const cells = (parse(csv, { relax_column_count: true }) as string[][]).flat()
          expect(cells.some((cell) => cell.includes("HYPERLINK")), path).toBe(true)
          expect(cells.filter((cell) => /^[=+@\t\r]/.test(cell) || (cell.startsWith("-") && !/^-\d+(\.\d+)?$/.test(cell))), path).toEqual([])
        }
        // Where the reference is a cell of its own, it is kept as text.
        expect(String((await api.get(`/store/portal/statement/csv?${range}`, { headers })).data)).toContain(`'=HYPERLINK`)
        expect(String((await api.get(`/store/portal/exports/xero_payments?${range}`, { headers })).data)).toMatch(/,-115\.00(,|\r?\n|$)/)
      })

      it("creates no demo customers and refuses the published staff password outside the demo", async () => {
        const previous = { demo: process.env.PORTAL_DEMO, password: process.env.MEDUSA_ADMIN_PASSWORD }
        try {
          await knex().raw(`DELETE FROM customer WHERE metadata->>'customer_number' LIKE 'C000100%'`)
          process.env.PORTAL_DEMO = "off"
          process.env.MEDUSA_ADMIN_PASSWORD = "staff-demo-2026"
          await expect(seed({ container: getContainer(), args: [] })).rejects.toThrow(/MEDUSA_ADMIN_PASSWORD is a demo password/)
          process.env.MEDUSA_ADMIN_PASSWORD = "a staff passphrase of our own"
          await seed({ container: getContainer(), args: [] })
          const { rows } = await knex().raw(`SELECT count(*)::int AS n FROM customer WHERE metadata->>'customer_number' LIKE 'C000100%' AND deleted_at IS NULL`)
          expect(rows[0].n).toBe(0)
        } finally {
          process.env.PORTAL_DEMO = previous.demo
          if (previous.password === undefined) delete process.env.MEDUSA_ADMIN_PASSWORD
          else process.env.MEDUSA_ADMIN_PASSWORD = previous.password
        }
      })
    })
  },
})
