import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fc from "fast-check"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import seed from "../../src/scripts/seed"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"
import { customerHeaders } from "../utils/customer-session"
import { rawRequest, type RawResponse } from "../utils/raw-http"
import { type RegisteredRoute, registeredRoutes } from "../utils/routes"
import { routeFieldNames } from "../utils/validator-fields"

/**
 * Fuzzing every store and admin route of the isolation suite's inventory with requests derived from its
 * validators and path parameters (fast-check): no answer may be a 5xx, every 4xx must say in words what is wrong,
 * and a refused request must leave the data as it was. FUZZ_REQUESTS (10,000) and FUZZ_SEED steer a run.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS || 10_000)
const SEED = Number(process.env.FUZZ_SEED || 20261201)

/** Routes the fuzzer leaves out, and why. */
const SKIPPED: Record<string, string> = {
  // Signing out ends the fuzzer's own session; the isolation suite and the security suite test it.
  "DELETE /store/portal/sessions/current": "ends the session the fuzzer runs in",
  // An event stream stays open until the session ends: it takes no input but the session, and answers no 4xx to read.
  "GET /store/portal/live": "an open event stream (notifications.spec and isolation.spec test it)",
}

/** Tables a refused request must not change: count and last update of each. */
const WATCHED = ["customer", "customer_address", "cart", "cart_line_item", '"order"', "erp_order", "erp_change_request", "reorder", "invoice", "invoicing_payment", "invoicing_statement", "audit_entry", "consumed_token", "notification"]

const NASTY = [
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "NaN",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "' OR '1'='1",
  "1; DROP TABLE customer; --",
  "<script>alert(1)</script>",
  "=HYPERLINK(\"http://evil.example\")",
  "%00",
  "\u0000",
  "\u202e",
  "😀",
  "2026-13-45",
  "9999-12-31",
  "C0001002",
  "INV0005001",
  "x".repeat(5_000),
  "__proto__",
  "constructor",
]

const text = fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }))
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null))
const value = fc.oneof({ depthSize: "small" }, scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }))

interface FuzzRoute extends RegisteredRoute {
  fields: string[]
  admin: boolean
}

type Actor = "customer" | "staff" | "nobody"

interface FuzzRequest {
  route: FuzzRoute
  actor: Actor
  path: string
  body: unknown
  rawBody: string | null
}

function requestFor(route: FuzzRoute): fc.Arbitrary<FuzzRequest> {
  const params = (route.path.match(/:\w+/g) ?? []).map(() => fc.oneof(text.filter((piece) => piece.length > 0), fc.constantFrom("5001", "INV0005001", "xero_bills", "ubl")))
  const fields = [...route.fields, "fields", "limit", "offset", "order", "q", "expand", "id"]
  const entries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 10 })), value), { maxLength: 5 })
  return fc.record({
    actor: fc.constantFrom<Actor>(...(route.admin ? (["staff", "staff", "customer", "nobody"] as const) : (["customer", "customer", "customer", "nobody"] as const))),
    params: fc.tuple(...params),
    entries,
    shape: fc.constantFrom("object", "object", "object", "array", "scalar", "broken-json"),
  }).map(({ actor, params: values, entries: pairs, shape }) => {
    let index = 0
    const pathname = route.path.replace(/:\w+/g, () => encodeURIComponent(String(values[index++])))
    const object = Object.fromEntries(pairs)
    if (route.method === "GET") {
      const query = new URLSearchParams(pairs.map(([name, entry]) => [name, typeof entry === "string" ? entry : JSON.stringify(entry)]))
      return { route, actor, path: `${pathname}${query.size ? `?${query}` : ""}`, body: undefined, rawBody: null }
    }
    const body = shape === "array" ? Object.values(object) : shape === "scalar" ? (pairs[0]?.[1] ?? 1) : object
    return { route, actor, path: pathname, body, rawBody: shape === "broken-json" ? `{"${pairs[0]?.[0] ?? "a"}": ` : null }
  })
}

/** What the client sees must be a sentence, not the server's insides. */
function unreadable(response: RawResponse): string | null {
  const message = response.json?.message
  if (typeof message !== "string") return `no message: ${response.body.slice(0, 200)}`
  if (message.trim().length < 8) return `message too short: "${message}"`
  if (/\bat .+:\d+:\d+|TypeError|ReferenceError|\[object Object\]|undefined is not|Cannot read prop|relation "|column "|syntax error at|duplicate key|violates/i.test(message)) {
    return `internal detail leaked: "${message.slice(0, 200)}"`
  }
  return null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("fuzzing every store and admin route", () => {
      it(`answers ${REQUESTS} generated requests without a 5xx, with a readable 4xx, and writes nothing for a refused request`, async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const staffLogin = { email: "fuzz@wholesale.example", password: "fuzzing staff passphrase" }
        await seedStaffUser(container, staffLogin)
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

        // Something to find: an order, an invoice and a cart of the customer, B's of each for the other routes.
        const demo = DEMO_CUSTOMERS[1]!
        const customerId = (await knex.raw(`SELECT id FROM customer WHERE metadata->>'customer_number' = ?`, [demo.customerNumber])).rows[0].id as string
        const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "zar" })
        const [order] = await container.resolve(Modules.ORDER).createOrders([{ customer_id: customerId, email: demo.email, region_id: region!.id, currency_code: "zar", items: [{ title: "Napkins", quantity: 1, unit_price: 100 }] }])
        await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpOrders([
          { ord_no: 5001, order_id: order!.id, cust_no: demo.customerNumber, customer_id: customerId, status: "PE", ordered_at: new Date(), sub_total: 1, vat_total: 0, total: 1, currency_code: "zar", last_upd: "2026-11-01 08:00:00" },
        ])

        const customer = await customerHeaders(api, key!.token, demo.email, DEMO_CUSTOMER_PASSWORD)
        const staffToken = (await api.post("/auth/user/emailpass", staffLogin)).data.token as string
        const headersOf = (actor: Actor): Record<string, string> =>
          actor === "customer" ? customer : actor === "staff" ? { authorization: `Bearer ${staffToken}`, "x-publishable-api-key": key!.token } : { "x-publishable-api-key": key!.token }

        const apiDirs = { medusa: path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist/api"), project: path.join(__dirname, "../../src/api") }
        const routes: FuzzRoute[] = registeredRoutes()
          // Sign-in routes record every attempt (audit, limits) by design: the security suite attacks them instead.
          .filter((route) => !route.path.startsWith("/auth/") && !SKIPPED[`${route.method} ${route.path}`])
          .map((route) => ({ ...route, fields: routeFieldNames(route, apiDirs), admin: route.path.startsWith("/admin") }))
        // A route file Medusa ships behind a feature flag that is off here is not routed at all (Express's own 404).
        const unrouted: string[] = []
        for (const route of [...routes]) {
          const probe = await rawRequest(String(api.defaults.baseURL), route.method, route.path.replace(/:\w+/g, "probe"), headersOf("customer"), route.method === "GET" ? undefined : {})
          if (probe.status === 404 && probe.body.includes(`Cannot ${route.method}`)) {
            unrouted.push(`${route.method} ${route.path}`)
            routes.splice(routes.indexOf(route), 1)
          }
        }
        expect(unrouted).toEqual(["GET /store/locales"])
        expect(routes.length).toBeGreaterThan(80)
        expect(routes.find((route) => route.path === "/store/portal/invoices")!.fields).toContain("status")

        const snapshot = async () =>
          JSON.stringify(
            (await knex.raw(WATCHED.map((table) => `SELECT '${table}' AS t, count(*)::text AS n, ${table === "audit_entry" ? "max(created_at)" : "max(updated_at)"}::text AS at FROM ${table}`).join(" UNION ALL "))).rows
          )

        const requests = fc.sample(fc.oneof(...routes.map(requestFor)), { numRuns: REQUESTS, seed: SEED })
        const problems: string[] = []
        const statuses: Record<string, number> = {}
        const send = (request: FuzzRequest) =>
          request.rawBody !== null
            ? rawRequest(String(api.defaults.baseURL), request.route.method, request.path, { ...headersOf(request.actor), "content-type": "application/json" }, undefined, request.rawBody)
            : rawRequest(String(api.defaults.baseURL), request.route.method, request.path, headersOf(request.actor), request.body)
        const check = (request: FuzzRequest, response: RawResponse) => {
          const label = `${request.route.method} ${request.path.slice(0, 160)} as ${request.actor}`
          statuses[String(response.status)[0] + "xx"] = (statuses[String(response.status)[0] + "xx"] ?? 0) + 1
          if (response.status >= 500) problems.push(`${label}: ${response.status} ${response.body.slice(0, 200)}`)
          else if (response.status >= 400) {
            const problem = unreadable(response)
            if (problem) problems.push(`${label}: ${response.status} ${problem}`)
          }
        }

        // Reads run eight at a time; writes one by one, each between two snapshots of the watched tables.
        const reads = requests.filter((request) => request.route.method === "GET")
        for (let start = 0; start < reads.length; start += 8) {
          const batch = reads.slice(start, start + 8)
          const answers = await Promise.all(batch.map(send))
          batch.forEach((request, index) => check(request, answers[index]!))
        }
        let before = await snapshot()
        for (const request of requests.filter((candidate) => candidate.route.method !== "GET")) {
          const response = await send(request)
          check(request, response)
          const after = await snapshot()
          if (response.status >= 400 && after !== before) problems.push(`${request.route.method} ${request.path.slice(0, 160)}: refused with ${response.status} but changed the data`)
          before = after
        }
        if (problems.length) console.log(`fuzz problems:\n${problems.map((problem) => problem.split("\n")[0]).join("\n")}`)
        console.log(`fuzz: ${requests.length} requests over ${routes.length} routes (seed ${SEED}): ${JSON.stringify(statuses)}`)
        expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([])
        expect(statuses["4xx"]).toBeGreaterThan(0)
        expect(statuses["2xx"]).toBeGreaterThan(0)
      })
    })
  },
})
