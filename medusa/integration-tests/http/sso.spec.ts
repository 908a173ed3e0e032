import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { IdpBrowser, type RunningIdentityProvider, startIdentityProvider } from "@portal/integrations/sso"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import seed from "../../src/scripts/seed"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"
import { customerHeaders, failure } from "../utils/customer-session"

const REDIRECT_URI = "http://localhost:8000/sso/callback"
const CLIENT = { clientId: "customer-portal", clientSecret: "a client secret only the portal and the IdP know" }
const PASSWORD = "idp password of the kitchen"
const user = (id: string, email: string, extra: { groups?: string[]; emailVerified?: boolean } = {}) => ({ id, email, password: PASSWORD, name: `Person ${id}`, ...extra })
const USERS = {
  chef: user("u-chef", "chef@karookitchen.example", { groups: ["staff", "kitchen-managers"] }),
  books: user("u-books", "books@karookitchen.example", { groups: ["finance"] }),
  runner: user("u-runner", "runner@karookitchen.example"),
  unverified: user("u-unverified", "temp@karookitchen.example", { emailVerified: false }),
  outsider: user("u-outsider", "outsider@elsewhere.example"),
  owner: user("u-owner", DEMO_CUSTOMERS[1]!.email, { groups: ["finance"] }),
}
const credentials = (person: { email: string }) => ({ email: person.email, password: PASSWORD })

/** How the next id_token leaves the provider's token endpoint (the tests' man in the middle). */
type IdTokenChange = null | { claims: Record<string, unknown> } | "tamper"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("single sign-on with a company's identity provider", () => {
      const company = DEMO_CUSTOMERS[1]!
      let key: string
      let idp: RunningIdentityProvider
      let staff: Record<string, string>
      let idTokenChange: IdTokenChange = null
      const store = (headers: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...headers } })
      const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const customerId = async (number: string) => (await knex().raw(`SELECT id FROM customer WHERE metadata->>'customer_number' = ?`, [number])).rows[0].id as string

      const configure = async (changes: Record<string, unknown> = {}) => {
        const body = {
          display_name: "Karoo Kitchen sign-in",
          issuer_url: idp.issuer,
          client_id: CLIENT.clientId,
          client_secret: CLIENT.clientSecret,
          allowed_domains: ["karookitchen.example"],
          default_role: "viewer",
          group_roles: [
            { group: "finance", role: "accounts" },
            { group: "kitchen-managers", role: "buyer" },
          ],
          ...changes,
        }
        return await api.post(`/admin/customers/${await customerId(company.customerNumber)}/sso`, body, { headers: staff })
      }

      /** Starts at the portal, signs in at the provider, comes back: the callback's answer (or its failure). */
      const ssoCallback = async (browser: IdpBrowser, identifier: string, person: { email: string; password: string }) => {
        const { location } = (await api.post("/auth/customer/sso", { identifier })).data
        const params = await browser.authorize(location, person, REDIRECT_URI)
        return { params, answer: api.post(`/auth/customer/sso/callback?${new URLSearchParams(params)}`, {}) }
      }
      const startSession = async (token: string) => {
        const started = await api.post("/store/portal/public/sessions", {}, store({ authorization: `Bearer ${token}` }))
        return { "x-publishable-api-key": key, authorization: `Bearer ${started.data.token}` }
      }
      const signInWithSso = async (person: { email: string; password: string }, browser = new IdpBrowser(idp.issuer)) => {
        const { answer } = await ssoCallback(browser, person.email, person)
        return { headers: await startSession((await answer).data.token), browser }
      }
      const refusal = async (person: { email: string; password: string }, identifier = person.email) => {
        const { answer } = await ssoCallback(new IdpBrowser(idp.issuer), identifier, person)
        const failed = await failure(answer)
        expect(failed.status).toBe(401)
        return failed.data.message
      }

      beforeAll(async () => {
        const { SignJWT, decodeJwt, importJWK } = await import("jose")
        idp = await startIdentityProvider({
          title: "Karoo Kitchen sign-in",
          clients: [{ ...CLIENT, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: ["http://localhost:8000/login?signedOut=1"], backChannelLogoutUri: `${api.defaults.baseURL}/hooks/sso/back-channel-logout` }],
          users: Object.values(USERS),
          rewriteTokenResponse: async (body) => {
            const change = idTokenChange
            if (!change || typeof body.id_token !== "string") return body
            if (change === "tamper") {
              const [header, payload, signature] = body.id_token.split(".")
              const claims = { ...JSON.parse(Buffer.from(payload!, "base64url").toString()), email: "kitchen@karookitchen.example" }
              return { ...body, id_token: [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".") }
            }
            const claims = { ...decodeJwt(body.id_token), ...change.claims }
            const signed = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: idp.signingKey.kid }).sign(await importJWK(idp.signingKey, "RS256"))
            return { ...body, id_token: signed }
          },
        })
      })
      afterAll(async () => {
        await idp.close()
      })
      beforeEach(async () => {
        idTokenChange = null
        await seed({ container: getContainer(), args: [] })
        const [found] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        key = found!.token
        const login = { email: "staff.sso@wholesale.example", password: "staff password for the sso test" }
        await seedStaffUser(getContainer(), login)
        staff = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", login)).data.token}` }
      })

      it("signs verified people in just in time with their mapped or default role, and tells the sign-in page where to go", async () => {
        const saved = (await configure()).data.sso_connection
        expect(saved.client_secret_sealed).toBeUndefined()
        expect(saved.registration.back_channel_logout_uri).toMatch(/\/hooks\/sso\/back-channel-logout$/)
        const stored = (await knex().raw(`SELECT client_secret_sealed FROM sso_connection WHERE id = ?`, [saved.id])).rows[0].client_secret_sealed as string
        expect(stored).not.toContain(CLIENT.clientSecret)

        // Identifier-first: the domain decides, whatever the case; customer numbers and other domains use passwords.
        const method = async (identifier: string) => (await api.post("/store/portal/public/sign-in-method", { identifier }, store())).data
        expect(await method("Someone@KarooKitchen.example")).toEqual({ method: "sso", sso: { display_name: "Karoo Kitchen sign-in", required: false } })
        expect((await method(company.customerNumber)).method).toBe("password")
        expect((await method("someone@elsewhere.example")).method).toBe("password")
        const noSso = await failure(api.post("/auth/customer/sso", { identifier: "someone@elsewhere.example" }))
        expect([noSso.status, noSso.data.message]).toEqual([400, "There is no single sign-on for this email. Sign in with your password instead."])

        // The authorization request carries PKCE (S256), state and nonce, and the typed email as login_hint.
        const { location } = (await api.post("/auth/customer/sso", { identifier: USERS.chef.email })).data
        const authorization = new URL(location)
        expect(authorization.origin).toBe(idp.issuer)
        expect(authorization.searchParams.get("code_challenge_method")).toBe("S256")
        expect(authorization.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/)
        expect(authorization.searchParams.get("nonce")).toBeTruthy()
        expect(authorization.searchParams.get("login_hint")).toBe(USERS.chef.email)

        const chef = await signInWithSso(credentials(USERS.chef))
        const chefMe = (await api.get("/store/portal/me", { headers: chef.headers })).data
        expect([chefMe.person.email, chefMe.role, chefMe.account.customer_number]).toEqual([USERS.chef.email, "buyer", company.customerNumber])
        expect((await api.get("/store/portal/orders", { headers: chef.headers })).status).toBe(200)
        expect((await failure(api.get("/store/portal/payments", { headers: chef.headers }))).status).toBe(403)

        const books = await signInWithSso(credentials(USERS.books))
        expect((await api.get("/store/portal/me", { headers: books.headers })).data.role).toBe("accounts")
        const runner = await signInWithSso(credentials(USERS.runner))
        expect((await api.get("/store/portal/me", { headers: runner.headers })).data.role).toBe("viewer")

        // The account's own contact email is its Admin, whether its first sign-in is by password or through SSO.
        expect((await api.get("/store/portal/me", { headers: (await signInWithSso(credentials(USERS.owner))).headers })).data.role).toBe("admin")
        // Their "finance" group maps to Accounts, but the account's only Admin stays Admin.
        expect((await api.get("/store/portal/me", { headers: (await signInWithSso(credentials(USERS.owner))).headers })).data.role).toBe("admin")

        // A role the company's Admin gives stays while no mapped group says otherwise; a mapped group wins again.
        const admin = await customerHeaders(api, key, company.customerNumber, DEMO_CUSTOMER_PASSWORD)
        const teamPage = (await api.get("/store/portal/team", { headers: admin })).data
        expect(teamPage.sso).toEqual({ display_name: "Karoo Kitchen sign-in", domains: ["karookitchen.example"], default_role: "viewer", required: false })
        const members = teamPage.members as { id: string; email: string; role: string }[]
        expect(members.map((member) => `${member.email} ${member.role}`).sort()).toEqual(
          [`${company.email} admin`, `${USERS.books.email} accounts`, `${USERS.chef.email} buyer`, `${USERS.runner.email} viewer`].sort()
        )
        await api.post(`/store/portal/team/members/${members.find((member) => member.email === USERS.runner.email)!.id}`, { role: "buyer" }, { headers: admin })
        await api.post(`/store/portal/team/members/${members.find((member) => member.email === USERS.books.email)!.id}`, { role: "viewer" }, { headers: admin })
        expect((await api.get("/store/portal/me", { headers: (await signInWithSso(credentials(USERS.runner))).headers })).data.role).toBe("buyer")
        expect((await api.get("/store/portal/me", { headers: (await signInWithSso(credentials(USERS.books))).headers })).data.role).toBe("accounts")

        const actions = (await getContainer().resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ customer_id: await customerId(company.customerNumber) }))
          .filter((entry) => (entry.details as { via?: string } | null)?.via === "sso")
          .map((entry) => entry.action)
        expect(actions.filter((action) => action === "team.joined")).toHaveLength(4)
        expect(actions).toEqual(expect.arrayContaining(["auth.sign_in", "team.member_changed"]))
      })

      it("refuses a wrong audience, an expired or tampered id_token, a replayed state, a code from another sign-in, an unverified email and a domain not allowed", async () => {
        await configure()
        idTokenChange = { claims: { aud: "some-other-client" } }
        expect(await refusal(credentials(USERS.chef))).toMatch(/could not be verified/)
        idTokenChange = { claims: { exp: Math.floor(Date.now() / 1000) - 120, iat: Math.floor(Date.now() / 1000) - 3600 } }
        expect(await refusal(credentials(USERS.chef))).toMatch(/could not be verified/)
        idTokenChange = "tamper"
        expect(await refusal(credentials(USERS.chef))).toMatch(/could not be verified/)
        idTokenChange = null

        // The same callback twice: the state was used up by the first.
        const browser = new IdpBrowser(idp.issuer)
        const first = await ssoCallback(browser, USERS.chef.email, credentials(USERS.chef))
        expect((await first.answer).status).toBe(200)
        const replay = await failure(api.post(`/auth/customer/sso/callback?${new URLSearchParams(first.params)}`, {}))
        expect([replay.status, replay.data.message]).toEqual([401, "This sign-in has expired or was already used. Please sign in again."])

        // A code from one sign-in with the state of another: the PKCE verifier does not match, the provider refuses.
        const mine = (await api.post("/auth/customer/sso", { identifier: USERS.chef.email })).data.location as string
        const theirs = await new IdpBrowser(idp.issuer).authorize((await api.post("/auth/customer/sso", { identifier: USERS.books.email })).data.location, credentials(USERS.books), REDIRECT_URI)
        const injected = await failure(api.post(`/auth/customer/sso/callback?${new URLSearchParams({ ...theirs, state: new URL(mine).searchParams.get("state")! })}`, {}))
        expect([injected.status, injected.data.message]).toEqual([401, expect.stringMatching(/could not be verified/)])

        expect(await refusal(credentials(USERS.unverified))).toBe(
          `Your company's sign-in service has not verified ${USERS.unverified.email}. Ask your IT team to verify it, then sign in again.`
        )
        expect(await refusal(credentials(USERS.outsider), USERS.chef.email)).toBe(
          `${USERS.outsider.email} is not in a domain this company's sign-in is set up for. Ask your account's Admin or our customer service team.`
        )
        const people = (await knex().raw(`SELECT email FROM portal_person WHERE email LIKE '%karookitchen%' OR email LIKE '%elsewhere%'`)).rows.map((row: { email: string }) => row.email)
        expect(people).toEqual([USERS.chef.email]) // only the one who got in
        // The provider said no (here: the person cancelled there): the answer says so.
        const cancelled = await failure(api.post(`/auth/customer/sso/callback?${new URLSearchParams({ error: "access_denied", error_description: "The person cancelled", state: new URL(mine).searchParams.get("state")! })}`, {}))
        expect([cancelled.status, cancelled.data.message]).toEqual([401, "Your company's sign-in service did not sign you in (access_denied: The person cancelled)."])
      })

      it("refuses a disabled person, and ends the portal sessions the provider's back-channel logout names", async () => {
        await configure()
        const chef = await signInWithSso(credentials(USERS.chef))
        const books = await signInWithSso(credentials(USERS.books))
        // The person signs out at the company's provider (not in the portal): the provider tells the portal.
        await chef.browser.signOut()
        await expect.poll(async () => (await failure(api.get("/store/portal/me", { headers: chef.headers }))).data.code, { timeout: 10_000 }).toBe("session_sso_logout")
        expect((await api.get("/store/portal/me", { headers: books.headers })).status).toBe(200)
        const logouts = await getContainer().resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ action: "auth.sso_logout" })
        expect(logouts.map((entry) => (entry.details as { sessions_ended: number }).sessions_ended)).toEqual([1])

        // A forged or replayed logout token ends nothing.
        const forged = await failure(api.post("/hooks/sso/back-channel-logout", new URLSearchParams({ logout_token: "e30.e30.e30" }).toString(), { headers: { "content-type": "application/x-www-form-urlencoded" } }))
        expect(forged.status).toBe(400)
        expect((await api.get("/store/portal/me", { headers: books.headers })).status).toBe(200)

        // Signing out in the portal answers the provider's end-session address for RP-initiated logout.
        const signedOut = (await api.delete("/store/portal/sessions/current", { headers: books.headers })).data
        const logoutUrl = new URL(signedOut.logout_url)
        expect([logoutUrl.origin, logoutUrl.searchParams.get("client_id"), logoutUrl.searchParams.get("post_logout_redirect_uri")]).toEqual([
          idp.issuer,
          CLIENT.clientId,
          "http://localhost:8000/login?signedOut=1",
        ])

        const account = await customerId(company.customerNumber)
        const people = (await api.get(`/admin/customers/${account}/people`, { headers: staff })).data.people as { person_id: string; email: string }[]
        await api.post(`/admin/customers/${account}/people/${people.find((person) => person.email === USERS.chef.email)!.person_id}`, { status: "disabled" }, { headers: staff })
        expect(await refusal(credentials(USERS.chef))).toBe("Your portal access is disabled. Please contact the account's Admin or our customer service team.")
      })

      it("with require SSO refuses the password of the domain's people but the break-glass Admin's, and checks staff's settings", async () => {
        await configure()
        const account = await customerId(company.customerNumber)
        // The break-glass Admin: the account's own login (an Admin); a colleague with a password in the same domain.
        const admin = await customerHeaders(api, key, company.customerNumber, DEMO_CUSTOMER_PASSWORD)
        const adminPerson = (await api.get("/store/portal/me", { headers: admin })).data.person.id as string

        const missingBreakGlass = await failure(configure({ require_sso: true }))
        expect([missingBreakGlass.status, missingBreakGlass.data.message]).toEqual([
          400,
          "Name a break-glass Admin before requiring single sign-on, so the company can still get in when its identity provider is down.",
        ])
        const otherCompany = await customerId(DEMO_CUSTOMERS[0]!.customerNumber)
        const taken = await failure(api.post(`/admin/customers/${otherCompany}/sso`, { display_name: "x", issuer_url: idp.issuer, client_id: "x", client_secret: "y", allowed_domains: ["KarooKitchen.example"], default_role: "viewer" }, { headers: staff }))
        expect([taken.status, taken.data.message]).toEqual([400, "karookitchen.example already signs in through another company's identity provider. A domain can belong to one company only."])
        const unreachable = await failure(configure({ issuer_url: "http://localhost:1/nothing" }))
        expect([unreachable.status, unreachable.data.message]).toEqual([400, expect.stringMatching(/^The issuer did not answer OpenID Connect discovery/)])
        const plainHttp = await failure(configure({ issuer_url: "http://login.karookitchen.example" }))
        expect([plainHttp.status, plainHttp.data.message]).toEqual([400, "The issuer must be an https:// address."])

        // The secret may be left out on a change: the stored one stays.
        expect((await configure({ client_secret: undefined, require_sso: true, break_glass_person_id: adminPerson })).status).toBe(200)

        // A colleague who joined by invitation with a password: refused now; the break-glass Admin is not.
        await knex().raw(`INSERT INTO portal_person (id, email, auth_entity_id) VALUES ('pers_sso_test', 'cook@karookitchen.example', 'cook@karookitchen.example')`)
        await knex().raw(`INSERT INTO account_membership (id, person_id, customer_id, role) VALUES ('mbr_sso_test', 'pers_sso_test', ?, 'buyer')`, [account])
        const cook = await failure(api.post("/auth/customer/portal", { identifier: "cook@karookitchen.example", password: "whatever it is" }))
        expect([cook.status, cook.data.code, cook.data.message]).toEqual([
          403,
          "sso_required",
          "Your company signs in through Karoo Kitchen sign-in. Enter your work email and choose Continue to sign in there.",
        ])
        expect((await api.post("/auth/customer/portal", { identifier: company.customerNumber, password: DEMO_CUSTOMER_PASSWORD })).status).toBe(200)
        expect((await api.post("/store/portal/public/sign-in-method", { identifier: "cook@karookitchen.example" }, store())).data.sso.required).toBe(true)
        // SSO itself still works, and removing it lets passwords back in.
        expect((await api.get("/store/portal/me", { headers: (await signInWithSso(credentials(USERS.chef))).headers })).status).toBe(200)
        await api.delete(`/admin/customers/${account}/sso`, { headers: staff })
        expect((await failure(api.post("/auth/customer/portal", { identifier: "cook@karookitchen.example", password: "whatever it is" }))).status).toBe(401)
      })
    })
  },
})
