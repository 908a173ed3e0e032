import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import seed from "../../src/scripts/seed"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"
import { customerHeaders, failure } from "../utils/customer-session"
import { linkToken, startInbox } from "../utils/inbox"
import { registeredRoutes } from "../utils/routes"

const inbox = startInbox(12529)
process.env.SMTP_URL = inbox.url

const COLLEAGUE = { email: "bookkeeper@freshcorner.example", password: "ledgers balanced every friday" }
/** Two OrderFlow customers that share one email, as OrderFlow allows: one person, two accounts. */
const SHARED = { email: "planner@events.example", numbers: ["C0009101", "C0009102"], password: "two companies one planner" }

/**
 * What each role may do, written out here on its own (not read from the backend's table), for every signed-in
 * route and method the portal has plus the stock routes with an account's data: the backend's rules must agree
 * with it, and a route added without a row here fails the coverage test. "true": the route answers (2xx, or a 4xx
 * about the input, never 401/403); "false": 403. Signing out comes last (it ends the session it is tried with).
 */
const A = true
/** `stream`: the answer is an event stream that stays open, so the check reads its status and hangs up. */
const ROLE_MATRIX: { route: string; url?: string; stream?: boolean; admin: boolean; buyer: boolean; accounts: boolean; viewer: boolean }[] = [
  { route: "GET /store/portal/me", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/dashboard", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/search", url: "/store/portal/search?q=INV", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/sign-ins", admin: A, buyer: A, accounts: A, viewer: A },
  // Everyone has their own notifications and choices; what the live stream carries follows the role.
  { route: "GET /store/portal/notifications", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "POST /store/portal/notifications/read", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/notifications/preferences", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "POST /store/portal/notifications/preferences", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/live", stream: true, admin: A, buyer: A, accounts: A, viewer: A },
  // Everyone may ask us something; which tickets each person reads is decided per ticket (support-tickets.spec).
  { route: "GET /store/portal/tickets", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "POST /store/portal/tickets", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/tickets/:id", url: "/store/portal/tickets/tkt_none", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "POST /store/portal/tickets/:id/messages", url: "/store/portal/tickets/tkt_none/messages", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "POST /store/portal/tickets/:id/rating", url: "/store/portal/tickets/tkt_none/rating", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/ticket-files/:token", url: "/store/portal/ticket-files/none", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "POST /store/portal/sessions/current/account", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/profile", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "POST /store/portal/profile", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "POST /store/portal/profile/email", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "GET /store/portal/addresses", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "POST /store/portal/addresses", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "POST /store/portal/addresses/:id", url: "/store/portal/addresses/cuaddr_none", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "DELETE /store/portal/addresses/:id", url: "/store/portal/addresses/cuaddr_none", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "GET /store/portal/orders", admin: A, buyer: A, accounts: false, viewer: A },
  { route: "GET /store/portal/orders/:ord_no", url: "/store/portal/orders/1", admin: A, buyer: A, accounts: false, viewer: A },
  { route: "GET /store/portal/orders/:ord_no/confirmation", url: "/store/portal/orders/1/confirmation", admin: A, buyer: A, accounts: false, viewer: A },
  { route: "POST /store/portal/orders/:ord_no/reorder", url: "/store/portal/orders/1/reorder", admin: A, buyer: A, accounts: false, viewer: false },
  { route: "GET /store/portal/reorders", admin: A, buyer: A, accounts: false, viewer: false },
  { route: "POST /store/portal/reorders", admin: A, buyer: A, accounts: false, viewer: false },
  { route: "GET /store/orders", admin: A, buyer: A, accounts: false, viewer: A },
  { route: "GET /store/orders/:id", url: "/store/orders/order_none", admin: A, buyer: A, accounts: false, viewer: A },
  { route: "POST /store/carts", admin: A, buyer: A, accounts: false, viewer: false },
  { route: "GET /store/customers/me", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/invoices", admin: A, buyer: false, accounts: A, viewer: A },
  { route: "GET /store/portal/invoices/:number", url: "/store/portal/invoices/INV0000001", admin: A, buyer: false, accounts: A, viewer: A },
  { route: "POST /store/portal/invoices/:number/download-link", url: "/store/portal/invoices/INV0000001/download-link", admin: A, buyer: false, accounts: A, viewer: A },
  { route: "GET /store/portal/downloads/:token", url: "/store/portal/downloads/not-a-token", admin: A, buyer: A, accounts: A, viewer: A },
  { route: "GET /store/portal/account", admin: A, buyer: false, accounts: A, viewer: false },
  // Spending insights: Admins, Buyers and Accounts; the on-time score: whoever reads orders.
  { route: "GET /store/portal/insights", admin: A, buyer: A, accounts: A, viewer: false },
  { route: "GET /store/portal/insights/csv", url: "/store/portal/insights/csv?table=months", admin: A, buyer: A, accounts: A, viewer: false },
  { route: "GET /store/portal/deliveries/on-time", admin: A, buyer: A, accounts: false, viewer: A },
  { route: "GET /store/portal/payments", admin: A, buyer: false, accounts: A, viewer: false },
  { route: "GET /store/portal/statement", admin: A, buyer: false, accounts: A, viewer: false },
  { route: "GET /store/portal/statement/csv", admin: A, buyer: false, accounts: A, viewer: false },
  { route: "POST /store/portal/statement/download-link", admin: A, buyer: false, accounts: A, viewer: false },
  { route: "GET /store/portal/statements", admin: A, buyer: false, accounts: A, viewer: false },
  { route: "POST /store/portal/statements/:id/download-link", url: "/store/portal/statements/stmt_none/download-link", admin: A, buyer: false, accounts: A, viewer: false },
  { route: "GET /store/portal/exports/:format", url: "/store/portal/exports/csv", admin: A, buyer: false, accounts: A, viewer: false },
  { route: "GET /store/portal/team", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "POST /store/portal/team/invitations", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "DELETE /store/portal/team/invitations/:id", url: "/store/portal/team/invitations/tinv_none", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "POST /store/portal/team/invitations/:id/resend", url: "/store/portal/team/invitations/tinv_none/resend", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "POST /store/portal/team/members/:id", url: "/store/portal/team/members/mbr_none", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "DELETE /store/portal/team/members/:id", url: "/store/portal/team/members/mbr_none", admin: A, buyer: false, accounts: false, viewer: false },
  { route: "DELETE /store/portal/sessions/current", admin: A, buyer: A, accounts: A, viewer: A },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("company accounts", () => {
      let key: string
      const demo = DEMO_CUSTOMERS[0]!
      const store = (headers: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...headers } })
      const signIn = (identifier: string, password: string) => customerHeaders(api, key, identifier, password)
      const customerId = async (number: string) =>
        (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`SELECT id FROM customer WHERE metadata->>'customer_number' = ?`, [number])).rows[0].id as string

      /** The Admin invites someone; they accept from the emailed link with a new password. Returns their headers. */
      const inviteAndJoin = async (admin: Record<string, string>, invite: { email: string; role: string }, password = COLLEAGUE.password) => {
        inbox.clear()
        expect((await api.post("/store/portal/team/invitations", invite, { headers: admin })).status).toBe(201)
        const token = linkToken(await inbox.waitFor(invite.email, /You are invited/))
        await api.post("/store/portal/public/invitation-acceptance", { token, full_name: "Nomsa Bookkeeper", password }, store())
        return await signIn(invite.email, password)
      }

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
      })

      it("makes the account's own login its Admin, who invites a colleague that joins once, with the role's access only", async () => {
        const admin = await signIn(demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
        const me = (await api.get("/store/portal/me", { headers: admin })).data
        expect([me.role, me.account.customer_number, me.person.email]).toEqual(["admin", demo.customerNumber, demo.email])

        inbox.clear()
        await api.post("/store/portal/team/invitations", { email: COLLEAGUE.email, role: "viewer" }, { headers: admin })
        const mail = await inbox.waitFor(COLLEAGUE.email, /You are invited/)
        expect(mail.text).toContain("as Viewer")
        expect(mail.text).toContain("expires in 72 hours")
        const token = linkToken(mail)
        const preview = (await api.post("/store/portal/public/invitation-preview", { token }, store())).data.invitation
        expect([preview.email, preview.role, preview.has_login]).toEqual([COLLEAGUE.email, "viewer", false])
        // A weak password is refused and keeps the invitation usable.
        expect((await failure(api.post("/store/portal/public/invitation-acceptance", { token, password: "short" }, store()))).status).toBe(400)
        const accepted = await api.post("/store/portal/public/invitation-acceptance", { token, full_name: "Nomsa", password: COLLEAGUE.password }, store())
        expect([accepted.status, accepted.data.new_login]).toEqual([201, true])
        const again = await failure(api.post("/store/portal/public/invitation-acceptance", { token, password: COLLEAGUE.password }, store()))
        expect([again.status, again.data.message]).toEqual([410, "This invitation was already accepted. Sign in to use the account."])

        const viewer = await signIn(COLLEAGUE.email, COLLEAGUE.password)
        expect((await api.get("/store/portal/me", { headers: viewer })).data.permissions).toEqual(["self", "orders.read", "invoices.read"])
        expect((await api.get("/store/portal/orders", { headers: viewer })).status).toBe(200)
        const refused = await failure(api.get("/store/portal/payments", { headers: viewer }))
        expect([refused.status, refused.data.code]).toEqual([403, "role"])

        // A role change applies to the colleague's next request, without signing in again.
        const team = (await api.get("/store/portal/team", { headers: admin })).data
        const member = team.members.find((entry: { email: string }) => entry.email === COLLEAGUE.email)
        await api.post(`/store/portal/team/members/${member.id}`, { role: "accounts" }, { headers: admin })
        expect((await api.get("/store/portal/payments", { headers: viewer })).status).toBe(200)
        expect((await failure(api.get("/store/portal/orders", { headers: viewer }))).status).toBe(403)

        // Removal ends the colleague's session at once.
        await api.delete(`/store/portal/team/members/${member.id}`, { headers: admin })
        const ended = await failure(api.get("/store/portal/me", { headers: viewer }))
        expect([ended.status, ended.data.code]).toEqual([401, "session_access_removed"])

        const actions = (await getContainer().resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ customer_id: await customerId(demo.customerNumber) })).map((entry) => entry.action)
        expect(actions).toEqual(expect.arrayContaining(["team.invited", "team.joined", "team.member_changed", "team.member_removed"]))
      })

      it("keeps at least one Admin, refuses cancelled links, and takes location limits of the account's own addresses only", async () => {
        const admin = await signIn(demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
        const [self] = (await api.get("/store/portal/team", { headers: admin })).data.members
        const lastAdmin = await failure(api.post(`/store/portal/team/members/${self.id}`, { role: "viewer" }, { headers: admin }))
        expect([lastAdmin.status, lastAdmin.data.message]).toEqual([400, "An account needs at least one Admin. Make someone else Admin first."])
        expect((await failure(api.delete(`/store/portal/team/members/${self.id}`, { headers: admin }))).status).toBe(400)

        inbox.clear()
        const invitation = (await api.post("/store/portal/team/invitations", { email: COLLEAGUE.email, role: "buyer" }, { headers: admin })).data.invitation
        const token = linkToken(await inbox.waitFor(COLLEAGUE.email, /You are invited/))
        await api.delete(`/store/portal/team/invitations/${invitation.id}`, { headers: admin })
        expect((await failure(api.post("/store/portal/public/invitation-preview", { token }, store()))).status).toBe(410)

        const other = await signIn(DEMO_CUSTOMERS[1]!.customerNumber, DEMO_CUSTOMER_PASSWORD)
        const foreignAddress = (await api.post("/store/portal/addresses", { address_1: "9 Other Rd", city: "Durban", province: "KwaZulu-Natal", postal_code: "4001" }, { headers: other })).data.address.id
        const located = await failure(api.post("/store/portal/team/invitations", { email: "branch@freshcorner.example", role: "buyer", location_ids: [foreignAddress] }, { headers: admin }))
        expect(located.status).toBe(400)
        expect(located.data.message).toContain(foreignAddress)
        // A limit to the account's own address is kept with the invitation, and joins with the person.
        const ownAddress = (await api.post("/store/portal/addresses", { address_1: "1 Branch Rd", city: "Cape Town", province: "Western Cape", postal_code: "8001" }, { headers: admin })).data.address.id
        inbox.clear()
        const limited = await api.post("/store/portal/team/invitations", { email: "branch@freshcorner.example", role: "buyer", location_ids: [ownAddress] }, { headers: admin })
        expect(limited.status).toBe(201)
        const branchToken = linkToken(await inbox.waitFor("branch@freshcorner.example", /You are invited/))
        await api.post("/store/portal/public/invitation-acceptance", { token: branchToken, full_name: "Branch", password: "branch passphrase of mine" }, store())
        const branchMember = (await api.get("/store/portal/team", { headers: admin })).data.members.find((member: { email: string }) => member.email === "branch@freshcorner.example")
        expect(branchMember.location_ids).toEqual([ownAddress])
      })

      it("makes an email shared by two OrderFlow customers one person who switches between both accounts", async () => {
        const container = getContainer()
        // As the import makes them: the shared email is left off both Medusa customers and kept in OrderFlow's facts.
        const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
          SHARED.numbers.map((number, index) => ({ email: null, company_name: `Events Company ${index + 1}`, metadata: { customer_number: number } }))
        )
        await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpCustomers(
          customers.map((customer, index) => ({
            cust_no: SHARED.numbers[index]!,
            customer_id: customer.id,
            name: `Events Company ${index + 1}`,
            segment: "E" as const,
            email: SHARED.email,
            email_shared: true,
            credit_limit: 0,
            terms_days: 30,
            active: true,
            last_upd: "2026-11-01T08:00:00",
          }))
        )
        // "First time here?" with the shared email: the link goes to that address, for the first of its accounts.
        inbox.clear()
        expect((await api.post("/store/portal/public/activation", { identifier: SHARED.email.toUpperCase() }, store())).status).toBe(202)
        const token = linkToken(await inbox.waitFor(SHARED.email, /Set up your customer portal password/))
        await api.post("/store/portal/public/password", { token, password: SHARED.password }, store())
        const byEmail = await signIn(SHARED.email, SHARED.password)
        const me = (await api.get("/store/portal/me", { headers: byEmail })).data
        expect(me.accounts.map((account: { customer_number: string; role: string }) => `${account.customer_number} ${account.role}`).sort()).toEqual(SHARED.numbers.map((number) => `${number} admin`))

        const other = customers.find((customer) => customer.id !== me.account.customer_id)!
        const switched = await api.post("/store/portal/sessions/current/account", { customer_id: other.id }, { headers: byEmail })
        const inOther = { ...byEmail, authorization: `Bearer ${switched.data.token}` }
        expect((await api.get("/store/customers/me", { headers: inOther })).data.customer.id).toBe(other.id)
        expect((await api.get("/store/portal/me", { headers: inOther })).data.account.customer_id).toBe(other.id)
        // The token from before the switch is over.
        expect((await failure(api.get("/store/portal/me", { headers: byEmail }))).status).toBe(401)

        // The second account's number signs the same person in, straight into that account.
        const byNumber = await signIn(SHARED.numbers[1]!, SHARED.password)
        expect((await api.get("/store/customers/me", { headers: byNumber })).data.customer.id).toBe(customers[1]!.id)
      })

      it("answers 429 with Retry-After once an account has sent its 30 invitations of the day", async () => {
        const admin = await signIn(demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
        for (let index = 0; index < 30; index += 1) {
          expect((await api.post("/store/portal/team/invitations", { email: `crew${index}@freshcorner.example`, role: "viewer" }, { headers: admin })).status).toBe(201)
        }
        const refused = (await failure(api.post("/store/portal/team/invitations", { email: "one.more@freshcorner.example", role: "viewer" }, { headers: admin }))) as Awaited<
          ReturnType<typeof failure>
        > & { headers: Record<string, string> }
        expect([refused.status, refused.data.type]).toEqual([429, "too_many_requests"])
        expect(refused.data.message).toMatch(/^This account has sent as many invitations as it can today\. Try again /)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(3600)
        // Nothing was made for the refused one.
        const team = (await api.get("/store/portal/team", { headers: admin })).data
        expect(team.invitations.map((invitation: { email: string }) => invitation.email)).not.toContain("one.more@freshcorner.example")
      })

      it("lets staff see a company's people and disable one, which ends their sessions and stops their sign-in", async () => {
        const login = { email: "staff.people@wholesale.example", password: "staff password for people test" }
        await seedStaffUser(getContainer(), login)
        const staff = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", login)).data.token}` }
        const admin = await signIn(demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
        const colleague = await inviteAndJoin(admin, { email: COLLEAGUE.email, role: "buyer" })
        const account = await customerId(demo.customerNumber)
        const people = (await api.get(`/admin/customers/${account}/people`, { headers: staff })).data.people as { person_id: string; email: string; role: string }[]
        expect(people.map((person) => `${person.email} ${person.role}`).sort()).toEqual([`${COLLEAGUE.email} buyer`, `${demo.email} admin`])
        // A customer's token is not a staff login.
        expect((await failure(api.get(`/admin/customers/${account}/people`, { headers: admin }))).status).toBe(401)

        const target = people.find((person) => person.email === COLLEAGUE.email)!
        const disabled = await api.post(`/admin/customers/${account}/people/${target.person_id}`, { status: "disabled" }, { headers: staff })
        expect(disabled.data.sessions_ended).toBe(1)
        expect((await failure(api.get("/store/portal/me", { headers: colleague }))).status).toBe(401)
        expect((await failure(signIn(COLLEAGUE.email, COLLEAGUE.password))).data.message).toContain("disabled")
        expect((await failure(api.post(`/admin/customers/${account}/people/${target.person_id}`, { status: "gone" }, { headers: staff }))).status).toBe(400)
        await api.post(`/admin/customers/${account}/people/${target.person_id}`, { status: "active" }, { headers: staff })
        const back = await signIn(COLLEAGUE.email, COLLEAGUE.password)
        expect((await api.get("/store/portal/me", { headers: back })).data.role).toBe("buyer")

        // Staff change a role: it applies to the person's next request; the account's last Admin keeps the role.
        await api.post(`/admin/customers/${account}/people/${target.person_id}`, { role: "accounts" }, { headers: staff })
        expect((await api.get("/store/portal/me", { headers: back })).data.role).toBe("accounts")
        const owner = people.find((person) => person.email === demo.email)!
        const lastAdmin = await failure(api.post(`/admin/customers/${account}/people/${owner.person_id}`, { role: "viewer" }, { headers: staff }))
        expect([lastAdmin.status, lastAdmin.data.message]).toEqual([400, "An account needs at least one Admin. Make someone else Admin first."])
        expect((await failure(api.post(`/admin/customers/${account}/people/${target.person_id}`, {}, { headers: staff }))).status).toBe(400)
        const changes = await getContainer().resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ action: "team.member_changed", customer_id: account })
        expect(changes.map((entry) => entry.actor)).toEqual([expect.stringMatching(/^staff:/)])
      })

      it("lets each role reach exactly what the role matrix says, in the backend", async () => {
        const admin = await signIn(demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
        const people: Record<string, Record<string, string>> = { admin }
        for (const role of ["buyer", "accounts", "viewer"] as const) people[role] = await inviteAndJoin(admin, { email: `${role}@freshcorner.example`, role })
        // Each person's Security page lists their own sign-ins, not their colleagues' (addresses, browsers).
        const signIns = (await api.get("/store/portal/sign-ins", { headers: admin })).data.sign_ins as { action: string }[]
        expect(signIns.filter((entry) => entry.action === "auth.sign_in")).toHaveLength(1)
        // The dashboard is everyone's, but shows order sections only to roles that read orders.
        expect((await api.get("/store/portal/dashboard", { headers: people.accounts })).data.stages).toBeNull()
        expect((await api.get("/store/portal/dashboard", { headers: people.buyer })).data.stages).not.toBeNull()
        // So is the header's search, with only the groups the role reads.
        const searched = async (role: string) => {
          const { orders, invoices } = (await api.get("/store/portal/search?q=INV", { headers: people[role] })).data
          return [orders === null ? "no orders" : "orders", invoices === null ? "no invoices" : "invoices"]
        }
        expect([await searched("admin"), await searched("buyer"), await searched("accounts"), await searched("viewer")]).toEqual([
          ["orders", "invoices"],
          ["orders", "no invoices"],
          ["no orders", "invoices"],
          ["orders", "invoices"],
        ])

        const answers: string[] = []
        for (const row of ROLE_MATRIX) {
          const [method, path] = row.route.split(" ") as [string, string]
          for (const role of ["admin", "buyer", "accounts", "viewer"] as const) {
            const response = await api.request({
              method,
              url: row.url ?? path,
              data: method === "GET" ? undefined : {},
              headers: people[role],
              validateStatus: () => true,
              responseType: row.stream ? "stream" : undefined,
            })
            if (row.stream) (response.data as { destroy(): void }).destroy()
            const allowed = response.status !== 403 && response.status !== 401
            if (allowed !== row[role]) answers.push(`${role} ${row.route}: ${response.status}`)
          }
        }
        expect(answers).toEqual([])
      })

      it("has a role-matrix row for every signed-in portal route and method", () => {
        const signedIn = registeredRoutes()
          .filter((route) => route.source === "project" && route.path.startsWith("/store/") && !route.path.startsWith("/store/portal/public/"))
          .map((route) => `${route.method} ${route.path}`)
        expect(signedIn.filter((route) => !ROLE_MATRIX.some((row) => row.route === route))).toEqual([])
      })
    })
  },
})
