import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import seed from "../../src/scripts/seed"
import { addColleague } from "../utils/colleague"
import { customerHeaders, failure } from "../utils/customer-session"
import { lineSearchOf } from "../../src/workflows/orderflow/steps/import-erp-orders"
import { visibleNativeOrderIds } from "../../src/lib/read-models/visible-native-orders"

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the order history route", () => {
      let headers: Record<string, string>
      let publishableKey: string
      let nativeOrderId: string

      beforeEach(async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        const [a, b] = [DEMO_CUSTOMERS[0]!, DEMO_CUSTOMERS[1]!]
        publishableKey = key!.token
        headers = await customerHeaders(api, key!.token, a.email, DEMO_CUSTOMER_PASSWORD)
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const idOf = async (number: string) => (await knex.raw(`SELECT id FROM customer WHERE metadata->>'customer_number' = ?`, [number])).rows[0].id as string
        const [aId, bId] = [await idOf(a.customerNumber), await idOf(b.customerNumber)]
        const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "zar" })
        const native = await container.resolve(Modules.ORDER).createOrders([
          { customer_id: aId, region_id: region!.id, currency_code: "zar", items: [{ title: "Compostable cups 250 ml", variant_sku: "PKG-CUP-250", quantity: 10, unit_price: 120 }] },
        ])
        nativeOrderId = native[0]!.id
        const order = (ordNo: number, customerId: string, custNo: string, status: string, orderedAt: Date, extra: Record<string, unknown> = {}) => ({
          ord_no: ordNo,
          order_id: null as string | null,
          cust_no: custNo,
          customer_id: customerId,
          status: status as "PE",
          ordered_at: orderedAt,
          po_ref: null as string | null,
          sub_total: ordNo,
          vat_total: 0,
          total: ordNo,
          currency_code: "zar",
          last_upd: "2026-11-01 08:00:00",
          ...extra,
        })
        await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).createErpOrders([
          order(1001, aId, a.customerNumber, "DL", daysAgo(23 * 30), { po_ref: "PO-KITCHEN-7" }),
          order(1002, aId, a.customerNumber, "DL", daysAgo(25 * 31)),
          order(1003, aId, a.customerNumber, "CN", daysAgo(200), { cancelled_at: daysAgo(80) }),
          order(1004, aId, a.customerNumber, "CN", daysAgo(200), { cancelled_at: daysAgo(100) }),
          order(1005, aId, a.customerNumber, "DR", daysAgo(5)),
          order(1006, aId, a.customerNumber, "DR", daysAgo(8)),
          order(1007, aId, a.customerNumber, "SH", daysAgo(2), {
            order_id: native[0]!.id,
            promised_date: "2026-11-20",
            line_search: lineSearchOf([{ sku: "PKG-CUP-250", descr: "Compostable cups 250 ml" }]),
          }),
          order(1008, bId, b.customerNumber, "PE", daysAgo(1), { po_ref: "PO-KITCHEN-8" }),
        ])
      })

      const numbers = async (query = "") => {
        const { data } = await api.get(`/store/portal/orders${query}`, { headers })
        return { numbers: (data.orders as { ord_no: number }[]).map((order) => order.ord_no), count: data.count as number }
      }

      it("shows 24 months of orders, cancelled ones for 90 days and drafts for 7, and only the customer's own", async () => {
        expect(await numbers()).toEqual({ numbers: [1007, 1005, 1003, 1001], count: 4 })
        expect((await numbers("?status=active")).numbers).toEqual([1007])
        expect((await numbers("?status=drafts")).numbers).toEqual([1005])
        expect((await numbers("?status=cancelled")).numbers).toEqual([1003])
        expect((await numbers("?status=delivered")).numbers).toEqual([1001])
        expect((await numbers("?sort=total&order=asc")).numbers).toEqual([1001, 1003, 1005, 1007])
        expect(await numbers("?limit=2&offset=2")).toEqual({ numbers: [1003, 1001], count: 4 })
      })

      it("finds orders by number, PO reference and product, within a date range", async () => {
        expect((await numbers("?q=1003")).numbers).toEqual([1003])
        expect((await numbers("?q=kitchen")).numbers).toEqual([1001])
        expect((await numbers("?q=pkg-cup")).numbers).toEqual([1007])
        expect((await numbers("?q=compostable")).numbers).toEqual([1007])
        expect((await numbers("?q=100%25")).numbers).toEqual([])
        const today = new Date().toISOString().slice(0, 10)
        expect((await numbers(`?from=${daysAgo(10).toISOString().slice(0, 10)}&to=${today}`)).numbers).toEqual([1007, 1005])
        const { data } = await api.get("/store/portal/orders?q=1007", { headers })
        expect(data.orders[0]).toMatchObject({ ord_no: 1007, status: "SH", promised_date: "2026-11-20", total_cents: 100_700 })
      })

      it("the stock routes' visible-orders read model equals the same read through query.graph over the erp-order → order link", async () => {
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
        const [owned] = await sync.listErpOrders({ ord_no: 1007 }, { select: ["customer_id"] })
        const customerId = owned!.customer_id
        const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "zar" })
        // Native orders made from an old delivered order, a long-cancelled one and a recent draft, and two OrderFlow
        // does not know: a recent one and one older than 24 months.
        const natives = await container.resolve(Modules.ORDER).createOrders(
          Array.from({ length: 5 }, () => ({ customer_id: customerId, region_id: region!.id, currency_code: "zar", items: [{ title: "Cups", quantity: 1, unit_price: 1 }] }))
        )
        const [fromOld, fromCancelled, fromDraft, unknownRecent, unknownOld] = natives.map((order) => order.id)
        for (const [ordNo, orderId] of [[1002, fromOld], [1004, fromCancelled], [1005, fromDraft]] as const) {
          const [erpOrder] = await sync.listErpOrders({ ord_no: ordNo }, { select: ["id"] })
          await sync.updateErpOrders({ id: erpOrder!.id, order_id: orderId })
        }
        await knex.raw(`UPDATE "order" SET created_at = now() - interval '25 months' WHERE id = ?`, [unknownOld])

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: erpOrders } = await query.graph({ entity: "erp_order", fields: ["ord_no", "order.id"], filters: { customer_id: customerId } })
        const { data: nativeOrders } = await query.graph({ entity: "order", fields: ["id", "created_at"], filters: { customer_id: customerId } })
        const history = await sync.listCustomerOrders({ customerId, deliveredTo: null }, { status: "all", sort: "date", order: "desc", limit: 100, offset: 0 })
        const visibleErp = new Set(history.orders.map((order) => order.ord_no))
        const madeFrom = new Map((erpOrders as unknown as { ord_no: number; order: { id: string } | null }[]).filter((erp) => erp.order).map((erp) => [erp.order!.id, erp.ord_no]))
        const twoYearsAgo = new Date(Date.now() - 24 * 30.44 * DAY)
        const expected = (nativeOrders as unknown as { id: string; created_at: string }[])
          .filter((order) => (madeFrom.has(order.id) ? visibleErp.has(madeFrom.get(order.id)!) : new Date(order.created_at) > twoYearsAgo))
          .map((order) => order.id)
          .sort()

        const readModel = (await visibleNativeOrderIds(container, { customerId, deliveredTo: null })).sort()
        expect(readModel).toEqual(expected)
        // And the cases are the ones meant: the draft's and the unknown recent order are visible, the rest are not.
        expect(readModel).toEqual(expect.arrayContaining([fromDraft, unknownRecent]))
        for (const hidden of [fromOld, fromCancelled, unknownOld]) expect(readModel).not.toContain(hidden)
      })

      it("limits a Buyer or Viewer with locations to the orders delivered there, on every order route, and only them", async () => {
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const demo = DEMO_CUSTOMERS[0]!
        const aId = (await knex.raw(`SELECT id FROM customer WHERE metadata->>'customer_number' = ?`, [demo.customerNumber])).rows[0].id as string
        // Two of the account's delivery addresses as the import keeps them (OrderFlow's addr_id in the metadata).
        const [branch, headOffice] = await container.resolve(Modules.CUSTOMER).createCustomerAddresses([
          { customer_id: aId, address_name: "Branch", address_1: "1 Main Road", city: "Cape Town", postal_code: "8001", country_code: "za", metadata: { erp_addr_id: 501 } },
          { customer_id: aId, address_name: "Head office", address_1: "9 Side Street", city: "Cape Town", postal_code: "8005", country_code: "za", metadata: { erp_addr_id: 502 } },
        ])
        await knex.raw(`UPDATE erp_order SET deliv_addr_id = 501 WHERE ord_no IN (1001, 1007)`)
        await knex.raw(`UPDATE erp_order SET deliv_addr_id = 502 WHERE ord_no IN (1003, 1005)`)

        // A colleague of the account, then limited by its Admin to the branch.
        const email = "branch.manager@freshcorner.example"
        const password = "branch manager passphrase"
        const membership = await addColleague(container, aId, { email, password, role: "viewer" })
        const limit = (role: string, locations: string[]) => api.post(`/store/portal/team/members/${membership.id}`, { role, location_ids: locations }, { headers })
        const wholeAccountRole = await failure(limit("accounts", [branch!.id]))
        expect([wholeAccountRole.status, wholeAccountRole.data.message]).toEqual([
          400,
          "Admins and Accounts people work for the whole account: only Buyers and Viewers can be limited to some delivery addresses.",
        ])
        expect((await limit("viewer", [branch!.id])).data.member.location_ids).toEqual([branch!.id])
        const manager = await customerHeaders(api, publishableKey, email, password)

        const listed = (await api.get("/store/portal/orders", { headers: manager })).data
        expect([listed.orders.map((order: { ord_no: number }) => order.ord_no), listed.count]).toEqual([[1007, 1001], 2])
        expect((await api.get("/store/portal/orders/1001", { headers: manager })).status).toBe(200)
        expect((await failure(api.get("/store/portal/orders/1005", { headers: manager }))).status).toBe(404)
        expect((await failure(api.get("/store/portal/orders/1005/confirmation", { headers: manager }))).status).toBe(404)
        const dashboard = (await api.get("/store/portal/dashboard", { headers: manager })).data
        expect(JSON.stringify(dashboard)).not.toMatch(/"ord_no":100[35]\b/)
        // Medusa's stock order routes follow the same limit.
        expect((await api.get("/store/orders", { headers: manager })).data.orders.map((order: { id: string }) => order.id)).toEqual([nativeOrderId])
        expect((await api.get(`/store/orders/${nativeOrderId}`, { headers: manager })).status).toBe(200)

        // Moved to the head office: the branch's orders are gone from the next request on, the stock order too.
        expect((await limit("buyer", [headOffice!.id])).status).toBe(200)
        expect((await api.get("/store/portal/orders", { headers: manager })).data.orders.map((order: { ord_no: number }) => order.ord_no)).toEqual([1005, 1003])
        expect((await api.get("/store/orders", { headers: manager })).data.orders).toEqual([])
        expect((await failure(api.get(`/store/orders/${nativeOrderId}`, { headers: manager }))).status).toBe(404)
        expect((await failure(api.post("/store/portal/orders/1007/reorder", {}, { headers: manager }))).status).toBe(404)
        // The Admin still sees everything.
        expect((await numbers()).numbers).toEqual([1007, 1005, 1003, 1001])
      })

      it("answers malformed filters with a clear 400", async () => {
        for (const query of ["status=lost", "from=yesterday", "from=2026-02-30", "from=2026-03-01&to=2026-02-01", "limit=500", "sort=colour", "colour=blue"]) {
          const response = await failure(api.get(`/store/portal/orders?${query}`, { headers }))
          expect(response.status, query).toBe(400)
          expect(response.data.message.length).toBeGreaterThan(5)
        }
        expect((await failure(api.get("/store/portal/orders", { headers: { "x-publishable-api-key": headers["x-publishable-api-key"]! } }))).status).toBe(401)
      })
    })
  },
})
