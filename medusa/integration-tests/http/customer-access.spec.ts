import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import portalCleanupJob from "../../src/jobs/portal-cleanup"
import seed from "../../src/scripts/seed"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"
import { customerHeaders, failure } from "../utils/customer-session"
import { linkToken, startInbox } from "../utils/inbox"

// Read by medusa-config when the app starts: a real SMTP server, and a short idle limit for the timeout test.
const inbox = startInbox(12525)
process.env.SMTP_URL = inbox.url
process.env.SESSION_IDLE_MINUTES = "0.1"

const IMPORTED = { number: "C0009001", email: "buyer@freshfoods.example" }
const NO_EMAIL = { number: "C0009002" }
const NEW_PASSWORD = "crates of lemons by friday"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("customer access", () => {
      let key: string
      const audit = () => getContainer().resolve<AuditModuleService>(AUDIT_MODULE)
      const actionsOf = async (customerId: string) =>
        (await audit().listAuditEntries({ customer_id: customerId }, { order: { created_at: "ASC" } })).map((entry) => entry.action)
      const store = (headers: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...headers } })

      beforeAll(async () => {
        await inbox.listening
      })
      afterAll(async () => {
        await inbox.close()
      })

      beforeEach(async () => {
        inbox.clear()
        await seed({ container: getContainer(), args: [] })
        const [found] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        key = found!.token
        // Two customers as the OrderFlow import creates them: no password yet, one without an email.
        await getContainer().resolve(Modules.CUSTOMER).createCustomers([
          { email: IMPORTED.email, company_name: "Fresh Foods", metadata: { customer_number: IMPORTED.number } },
          { email: null, company_name: "Corner Cafe", metadata: { customer_number: NO_EMAIL.number } },
        ])
      })

      const customerId = async (number: string) => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        return (await knex.raw(`SELECT id FROM customer WHERE metadata->>'customer_number' = ?`, [number])).rows[0].id as string
      }

      it("activates an imported customer from the emailed link, once, then signs them in by number and by email", async () => {
        const requested = await api.post("/store/portal/public/activation", { identifier: IMPORTED.number.toLowerCase() }, store())
        expect(requested.status).toBe(202)
        const mail = await inbox.waitFor(IMPORTED.email, /Set up your customer portal password/)
        expect(mail.text).toContain(IMPORTED.number)
        expect(mail.text).toContain("/activate?token=")
        const token = linkToken(mail)

        // A refused password does not use the link up.
        const weak = await failure(api.post("/store/portal/public/password", { token, password: "password123" }, store()))
        expect(weak.status).toBe(400)
        expect(weak.data.message).toMatch(/too common/)
        const set = await api.post("/store/portal/public/password", { token, password: NEW_PASSWORD }, store())
        expect(set.status).toBe(200)
        const reused = await failure(api.post("/store/portal/public/password", { token, password: "another fine sentence" }, store()))
        expect(reused.status).toBe(410)
        expect(reused.data.message).toMatch(/already used/)

        for (const identifier of [IMPORTED.number, IMPORTED.email.toUpperCase()]) {
          const headers = await customerHeaders(api, key, identifier, NEW_PASSWORD)
          const me = await api.get("/store/customers/me", { headers })
          expect(me.data.customer.metadata.customer_number).toBe(IMPORTED.number)
        }
        expect(await actionsOf(await customerId(IMPORTED.number))).toEqual(["auth.activation_requested", "auth.activated", "auth.sign_in", "auth.sign_in"])
      })

      it("tells a customer with no email on file to contact support, and gives strangers the same answer as customers", async () => {
        const noEmail = await failure(api.post("/store/portal/public/activation", { identifier: NO_EMAIL.number }, store()))
        expect(noEmail.status).toBe(422)
        expect(noEmail.data.message).toMatch(/no email address on file.*contact/)

        const unknown = await api.post("/store/portal/public/activation", { identifier: "nobody@nowhere.example" }, store())
        const known = await api.post("/store/portal/public/activation", { identifier: IMPORTED.email }, store())
        expect(unknown.status).toBe(known.status)
        expect(unknown.data).toEqual(known.data)
        await inbox.waitFor(IMPORTED.email, /Set up/)
        expect(inbox.received.map((mail) => mail.to)).toEqual([IMPORTED.email])

        const resetUnknown = await api.post("/auth/customer/portal/reset-password", { identifier: "C0000000" })
        const resetKnown = await api.post("/auth/customer/portal/reset-password", { identifier: DEMO_CUSTOMERS[0]!.email })
        expect([resetUnknown.status, resetKnown.status]).toEqual([201, 201])
        // Wait for the known account's link: mailed after this test ended, it would be the next test's first mail.
        await inbox.waitFor(DEMO_CUSTOMERS[0]!.email, /Reset your customer portal password/)
      })

      it("resets a forgotten password from the email, ends the customer's other sessions, and refuses the link twice", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const before = await customerHeaders(api, key, demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
        await api.post("/auth/customer/portal/reset-password", { identifier: demo.customerNumber })
        const mail = await inbox.waitFor(demo.email, /Reset your customer portal password/)
        expect(mail.text).toMatch(/expires in 15 minutes/)
        const token = linkToken(mail)
        await api.post("/store/portal/public/password", { token, password: NEW_PASSWORD }, store())

        const old = await failure(api.get("/store/customers/me", { headers: before }))
        expect(old.status).toBe(401)
        expect(old.data.code).toBe("session_password_changed")
        expect((await failure(api.post("/store/portal/public/password", { token, password: "yet another good sentence" }, store()))).status).toBe(410)
        expect((await failure(api.post("/auth/customer/portal", { identifier: demo.email, password: DEMO_CUSTOMER_PASSWORD }))).status).toBe(401)
        await customerHeaders(api, key, demo.email, NEW_PASSWORD)
        expect(await actionsOf(await customerId(demo.customerNumber))).toEqual(expect.arrayContaining(["auth.reset_requested", "auth.reset_completed"]))
      })

      it("lets staff send an activation link to a corrected address, queued for OrderFlow", async () => {
        const staffLogin = { email: "access-staff@wholesale.example", password: "access-staff-2026" }
        await seedStaffUser(getContainer(), staffLogin)
        const staff = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", staffLogin)).data.token}` }
        const id = await customerId(NO_EMAIL.number)
        const noAddress = await failure(api.post(`/admin/customers/${id}/portal-activation`, {}, { headers: staff }))
        expect(noAddress.status).toBe(400)
        expect((await failure(api.post(`/admin/customers/${id}/portal-activation`, { email: "not an email" }, { headers: staff }))).status).toBe(400)
        const sent = await api.post(`/admin/customers/${id}/portal-activation`, { email: "Owner@CornerCafe.example" }, { headers: staff })
        expect(sent.data).toEqual({ sent_to: "owner@cornercafe.example", kind: "activation" })
        const token = linkToken(await inbox.waitFor("owner@cornercafe.example", /Set up your customer portal password/))
        await api.post("/store/portal/public/password", { token, password: NEW_PASSWORD }, store())
        await customerHeaders(api, key, "owner@cornercafe.example", NEW_PASSWORD)
        const [request] = await getContainer().resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpChangeRequests({ cust_no: NO_EMAIL.number })
        expect(request).toMatchObject({ status: "pending", requested_by: staffLogin.email, changes: { email: { from: null, to: "owner@cornercafe.example" } } })
        expect((await api.get(`/admin/customers/${id}/portal-activation`, { headers: staff })).data).toEqual({ customer_number: NO_EMAIL.number, email: "owner@cornercafe.example", activated: true })
      })

      it("refuses a storefront key as soon as staff revoke it, although store requests cache their key", async () => {
        const staffLogin = { email: "keys-staff@wholesale.example", password: "keys-staff-2026" }
        await seedStaffUser(getContainer(), staffLogin)
        const staff = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", staffLogin)).data.token}` }
        const headers = await customerHeaders(api, key, DEMO_CUSTOMERS[0]!.email, DEMO_CUSTOMER_PASSWORD)
        for (let request = 0; request < 2; request++) expect((await api.get("/store/customers/me", { headers })).status).toBe(200)
        const [found] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ token: key })
        await api.post(`/admin/api-keys/${found!.id}/revoke`, {}, { headers: staff })
        const refused = await failure(api.get("/store/customers/me", { headers }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("A valid publishable key is required to proceed with the request")
      })

      it("answers bad and forged links with a clear 4xx", async () => {
        for (const body of [{}, { token: "short" }, { token: "x".repeat(40), password: NEW_PASSWORD }, { token: "x".repeat(40), password: NEW_PASSWORD, extra: 1 }]) {
          const response = await failure(api.post("/store/portal/public/password", body, store()))
          expect(response.status).toBe(400)
          expect(response.data.message.length).toBeGreaterThan(10)
        }
        expect((await failure(api.post("/store/portal/public/activation", { identifier: "" }, store()))).status).toBe(400)
        expect((await failure(api.post("/store/portal/public/email-confirmation", { token: "not-a-real-confirmation-token" }, store()))).status).toBe(400)
        // A link cut short in the mail client gets the route's sentence, not a validator's field-length message.
        for (const path of ["/store/portal/public/email-confirmation", "/store/portal/public/email-change-cancellation"]) {
          const cut = await failure(api.post(path, { token: "eyJhbGciOi" }, store()))
          expect(cut.status).toBe(400)
          expect(cut.data.message).toMatch(/This (confirmation )?link is not valid/)
        }
      })

      it("locks an account after five failed sign-ins, says when to try again, and records each failure", async () => {
        const demo = DEMO_CUSTOMERS[1]!
        for (let attempt = 0; attempt < 5; attempt++) {
          expect((await failure(api.post("/auth/customer/portal", { identifier: demo.email, password: "wrong password" }))).status).toBe(401)
        }
        const locked = await failure(api.post("/auth/customer/portal", { identifier: demo.customerNumber, password: DEMO_CUSTOMER_PASSWORD }))
        expect(locked.status).toBe(429)
        expect(locked.data.message).toMatch(/locked.*Try again after \d\d:\d\d \(in 15 minutes\)/)
        const failures = (await actionsOf(await customerId(demo.customerNumber))).filter((action) => action === "auth.sign_in_failed")
        expect(failures).toHaveLength(6)
        expect((await failure(api.post("/auth/customer/portal", { identifier: "", password: "x" }))).status).toBe(400)
      })

      it("ends a session after the idle time in the backend, and ends it for good on sign-out", async () => {
        const demo = DEMO_CUSTOMERS[2]!
        const headers = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        expect((await api.get("/store/customers/me", { headers })).status).toBe(200)
        await new Promise((resolve) => setTimeout(resolve, 7_000))
        const idle = await failure(api.get("/store/customers/me", { headers }))
        expect(idle.status).toBe(401)
        expect(idle.data).toMatchObject({ code: "session_idle", message: "You were signed out after 6 seconds of inactivity." })

        const again = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        await api.delete("/store/portal/sessions/current", { headers: again })
        expect((await failure(api.get("/store/customers/me", { headers: again }))).data.code).toBe("session_signed_out")
        const actions = await actionsOf(await customerId(demo.customerNumber))
        expect(actions).toEqual(["auth.sign_in", "auth.timeout", "auth.sign_in", "auth.sign_out"])
        const signIns = await api.get("/store/portal/sign-ins", { headers: await customerHeaders(api, key, demo.customerNumber, DEMO_CUSTOMER_PASSWORD) })
        expect(signIns.data.sign_ins.map((entry: { action: string }) => entry.action).slice(0, 3)).toEqual(["auth.sign_in", "auth.sign_out", "auth.sign_in"])
      })

      it("deletes sessions a month past their end and used sign-in tokens a day after every night, and keeps live ones and the sign-in history", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const live = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        const old = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        await api.delete("/store/portal/sessions/current", { headers: old })
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const id = await customerId(demo.customerNumber)
        // The signed-out session as it would be 31 days on; a second live one stays as it is.
        const { rows: ended } = await knex.raw(`SELECT id FROM customer_session WHERE customer_id = ? AND ended_at IS NOT NULL`, [id])
        await knex.raw(`UPDATE customer_session SET ended_at = now() - interval '31 days', expires_at = now() - interval '31 days' WHERE id = ?`, [ended[0].id])
        const sessionsBefore = Number((await knex.raw(`SELECT count(*) AS n FROM customer_session WHERE customer_id = ?`, [id])).rows[0].n)
        // Each sign-in recorded its token as used: one of them two days ago, beside a used reset link as old.
        const { rows: tokens } = await knex.raw(`SELECT id FROM consumed_token WHERE customer_id = ? AND purpose = 'sign_in' ORDER BY created_at`, [id])
        expect(tokens.length).toBeGreaterThanOrEqual(2)
        await knex.raw(`UPDATE consumed_token SET created_at = now() - interval '2 days' WHERE id = ?`, [tokens[0].id])
        await knex.raw(`INSERT INTO consumed_token (id, token_hash, purpose, customer_id, created_at) VALUES ('ctok_old_reset', 'old-reset', 'reset', ?, now() - interval '2 days')`, [id])

        await portalCleanupJob(getContainer())

        const { rows: tokensLeft } = await knex.raw(`SELECT id FROM consumed_token WHERE customer_id = ?`, [id])
        expect(tokensLeft.map((row: { id: string }) => row.id).sort()).toEqual([...tokens.slice(1).map((row: { id: string }) => row.id), "ctok_old_reset"].sort())

        const { rows: left } = await knex.raw(`SELECT id FROM customer_session WHERE customer_id = ?`, [id])
        expect(left).toHaveLength(sessionsBefore - 1)
        expect(left.map((row: { id: string }) => row.id)).not.toContain(ended[0].id)
        expect((await api.get("/store/portal/me", { headers: live })).status).toBe(200)
        expect(await actionsOf(id)).toEqual(expect.arrayContaining(["auth.sign_in", "auth.sign_out"]))
      })

      it("saves profile changes, queues them for OrderFlow, and changes the email only from the new address's link", async () => {
        const demo = DEMO_CUSTOMERS[0]!
        const headers = await customerHeaders(api, key, demo.email, DEMO_CUSTOMER_PASSWORD)
        const bad = await failure(api.post("/store/portal/profile", { phone: "call me", vat_number: "12" }, { headers }))
        expect(bad.status).toBe(400)
        expect((await failure(api.post("/store/portal/profile", { colour: "blue" }, { headers }))).status).toBe(400)
        const updated = await api.post("/store/portal/profile", { phone: "082 555 0199", vat_number: "4123456789" }, { headers })
        expect(updated.data.profile).toMatchObject({ phone: "082 555 0199", vat_number: "4123456789", customer_number: demo.customerNumber })
        expect(updated.data.pending_erp_changes).toEqual([expect.objectContaining({ kind: "profile", summary: expect.stringContaining("Phone:") })])
        const sync = getContainer().resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
        const [request] = await sync.listErpChangeRequests({ cust_no: demo.customerNumber })
        expect(request).toMatchObject({ status: "pending", requested_by: demo.email, changes: { phone: { from: demo.phone, to: "082 555 0199" }, vat_number: { to: "4123456789" } } })

        const taken = await failure(api.post("/store/portal/profile/email", { email: DEMO_CUSTOMERS[1]!.email, current_password: DEMO_CUSTOMER_PASSWORD }, { headers }))
        expect(taken.status).toBe(409)
        await api.post("/store/portal/profile/email", { email: "new.buyer@freshfoods.example", current_password: DEMO_CUSTOMER_PASSWORD }, { headers })
        const mail = await inbox.waitFor("new.buyer@freshfoods.example", /Confirm your new email address/)
        expect((await api.get("/store/customers/me", { headers })).data.customer.email).toBe(demo.email)
        const token = linkToken(mail)
        await api.post("/store/portal/public/email-confirmation", { token }, store())
        expect((await api.get("/store/customers/me", { headers })).data.customer.email).toBe("new.buyer@freshfoods.example")
        expect((await failure(api.post("/store/portal/public/email-confirmation", { token }, store()))).status).toBe(410)
        await customerHeaders(api, key, "new.buyer@freshfoods.example", DEMO_CUSTOMER_PASSWORD)
      })

      it("validates South African addresses, keeps other customers' addresses out of reach, and queues each change", async () => {
        const [a, b] = [DEMO_CUSTOMERS[0]!, DEMO_CUSTOMERS[1]!]
        const headersA = await customerHeaders(api, key, a.email, DEMO_CUSTOMER_PASSWORD)
        const headersB = await customerHeaders(api, key, b.email, DEMO_CUSTOMER_PASSWORD)
        const bad = await failure(api.post("/store/portal/addresses", { address_1: "1 Main Rd", city: "Sandton", province: "Transvaal", postal_code: "21960" }, { headers: headersA }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/province|postal code/)
        const created = await api.post(
          "/store/portal/addresses",
          { address_name: "Warehouse", address_1: "1 Main Rd", city: "Sandton", province: "gauteng", postal_code: "2196", is_default_shipping: true },
          { headers: headersA }
        )
        expect(created.data.address).toMatchObject({ province: "Gauteng", country_code: "za", is_default_shipping: true })
        const abroad = await api.post("/store/portal/addresses", { address_1: "5 Rue X", city: "Paris", postal_code: "75001", country_code: "FR", is_default_shipping: true }, { headers: headersA })
        expect(abroad.status).toBe(201)
        // One default at a time: the new default takes over.
        const defaults = (await api.get("/store/portal/addresses", { headers: headersA })).data.addresses.map((address: { address_1: string; is_default_shipping: boolean }) => [address.address_1, address.is_default_shipping])
        expect(defaults).toEqual([["5 Rue X", true], ["1 Main Rd", false]])

        const id = created.data.address.id
        expect((await failure(api.post(`/store/portal/addresses/${id}`, { address_1: "9 Evil St", city: "Cape Town", province: "Western Cape", postal_code: "8001" }, { headers: headersB }))).status).toBe(404)
        expect((await failure(api.delete(`/store/portal/addresses/${id}`, { headers: headersB }))).status).toBe(404)
        expect((await api.get("/store/portal/addresses", { headers: headersB })).data.addresses.map((address: { id: string }) => address.id)).not.toContain(id)

        await api.post(`/store/portal/addresses/${id}`, { address_name: "Warehouse", address_1: "2 Main Rd", city: "Sandton", province: "Gauteng", postal_code: "2196" }, { headers: headersA })
        await api.delete(`/store/portal/addresses/${id}`, { headers: headersA })
        const requests = await getContainer().resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpChangeRequests({ cust_no: a.customerNumber }, { order: { created_at: "ASC" } })
        expect(requests.map((request) => request.kind)).toEqual(["address_added", "address_added", "address_changed", "address_removed"])
        expect(requests.every((request) => request.status === "pending" && request.requested_by === a.email)).toBe(true)
        expect(requests[2]!.changes).toEqual({ address_1: { from: "1 Main Rd", to: "2 Main Rd" } })
      })
    })
  },
})
