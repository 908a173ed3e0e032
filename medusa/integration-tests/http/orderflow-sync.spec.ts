import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { OrderDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { centsToDecimalString, decimalStringToRoundedCents } from "@portal/integrations"
import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { ErpSimulator, toErpTimestamp } from "@portal/integrations/orderflow/stand-in"
import { reconcileOrderflow } from "../../src/lib/orderflow/reconcile"
import { nativeOrderTotalsByCustomerNumber } from "../../src/lib/read-models/native-order-totals"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import seed from "../../src/scripts/seed"
import { OrderflowEvents } from "../../src/workflows/orderflow/events"
import { standInErp } from "../utils/stand-in-erp"

const erpDatabase = standInErp("orderflow_sync_test")
const erp = erpDatabase.query

beforeAll(() => erpDatabase.recreate(11), 120_000)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("the OrderFlow import", () => {
      let reader: PostgresOrderFlowReader

      beforeEach(async () => {
        await seed({ container: getContainer(), args: [] })
        reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
      })
      afterEach(async () => {
        await reader.close()
      })

      it("imports every customer, order, shipment, invoice and payment with the read-only role", async () => {
        const summary = await runOrderflowSync(getContainer(), { reader })
        const [counts] = await erp<Record<string, number>>(
          `SELECT (SELECT count(*) FROM product)::int AS products, (SELECT count(*) FROM cust_master)::int AS customers, (SELECT count(*) FROM ord_hdr)::int AS orders,
                  (SELECT count(*) FROM shipment)::int AS shipments, (SELECT count(*) FROM inv_hdr)::int AS documents,
                  (SELECT count(*) FROM pay_txn)::int AS payments`
        )
        expect(summary.applied).toEqual(counts)

        const orders = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id", "metadata"], take: 100_000 })
        expect(orders.length).toBe(counts!.orders)
        const sync = getContainer().resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
        // Every ERP order points at the native order made from it, not at a neighbour's.
        const nativeById = new Map(orders.map((order) => [order.id, order]))
        for (const erpOrder of await sync.listErpOrders({}, { select: ["ord_no", "order_id"], take: 100_000 })) {
          expect(nativeById.get(erpOrder.order_id!)?.metadata?.ord_no).toBe(erpOrder.ord_no)
        }
        const [, erpOrderCount] = await sync.listAndCountErpOrders({}, { take: 1 })
        expect(erpOrderCount).toBe(counts!.orders)
        const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
        const [, documentCount] = await invoicing.listAndCountInvoices({}, { take: 1 })
        expect(documentCount).toBe(counts!.documents)
      })

      it("writes native orders that Medusa reads exactly as it reads the orders its own createOrders makes", async () => {
        await runOrderflowSync(getContainer(), { reader })
        const orderModule = getContainer().resolve(Modules.ORDER)
        const sync = getContainer().resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
        // A fresh config per call: retrieveOrder rewrites the select list it is given.
        const config = () => ({
          select: ["id", "status", "region_id", "sales_channel_id", "customer_id", "email", "currency_code", "metadata", "summary.*", "shipping_address.*", "total", "subtotal", "tax_total", "discount_total", "items.*", "items.tax_lines.*", "items.adjustments.*", "items.total", "items.subtotal", "items.tax_total", "items.discount_total"],
          relations: ["items", "items.tax_lines", "items.adjustments", "shipping_address", "summary"],
        })
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows: discountedOrders } = await knex.raw(
          `SELECT DISTINCT oi.order_id FROM order_item oi JOIN order_line_item_adjustment a ON a.item_id = oi.item_id LIMIT 15`
        )
        const sample = [
          ...(await sync.listErpOrders({}, { take: 15, order: { ord_no: "DESC" } })),
          ...(await sync.listErpOrders({ order_id: (discountedOrders as { order_id: string }[]).map((row) => row.order_id) })),
        ]
        let discounted = 0
        for (const erpOrder of sample) {
          const imported = await orderModule.retrieveOrder(erpOrder.order_id!, config())
          expect(centsToDecimalString(decimalStringToRoundedCents(String(imported.total)))).toBe(Number(erpOrder.total).toFixed(2))
          const [made] = await orderModule.createOrders([
            {
              ...pick(imported, ["region_id", "sales_channel_id", "customer_id", "email", "currency_code", "status", "metadata"]),
              shipping_address: imported.shipping_address ? pick(imported.shipping_address, ["address_1", "address_2", "city", "province", "postal_code", "country_code"]) : undefined,
              items: imported.items!.map((item) => ({
                ...pick(item, ["title", "product_title", "variant_sku", "variant_id", "product_id", "quantity", "unit_price", "is_tax_inclusive", "metadata"]),
                tax_lines: item.tax_lines!.map((tax) => pick(tax, ["code", "rate", "description"])),
                adjustments: item.adjustments!.map((adjustment) => pick(adjustment, ["code", "amount", "description"])),
              })),
            },
          ])
          const reference = await orderModule.retrieveOrder(made!.id, config())
          expect(comparable(imported)).toEqual(comparable(reference))
          discounted += imported.items!.filter((item) => item.adjustments!.length > 0).length
        }
        expect(discounted).toBeGreaterThan(0)
      })

      it("reconciles to zero discrepancies after a full sync, and names each difference when the ERP moves on", async () => {
        await runOrderflowSync(getContainer(), { reader })
        expect((await reconcileOrderflow(getContainer(), reader)).discrepancies).toEqual([])

        const [payment] = await erp<{ txn_id: number; cust_no: string }>(`SELECT txn_id, cust_no FROM pay_txn WHERE amount > 0 ORDER BY txn_id LIMIT 1`)
        await erp(`UPDATE pay_txn SET amount = amount + 1.00 WHERE txn_id = $1`, [payment!.txn_id])
        const { discrepancies } = await reconcileOrderflow(getContainer(), reader)
        expect(discrepancies.map((d) => [d.subject, d.figure])).toEqual([
          [payment!.cust_no, "payments"],
          [payment!.cust_no, "balance"],
        ])
      })

      it("totals the native orders per customer (reconciliation's read model) as query.graph over the erp-order → order link does", async () => {
        await runOrderflowSync(getContainer(), { reader })
        const readModel = await nativeOrderTotalsByCustomerNumber(getContainer())
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "erp_order", fields: ["cust_no", "order.summary.*"], pagination: { take: 100_000 } })
        const throughLinks = new Map<string, number>()
        for (const erpOrder of data as unknown as { cust_no: string; order: { summary: { raw_current_order_total: { value: string } } } | null }[]) {
          if (!erpOrder.order) continue
          const cents = decimalStringToRoundedCents(erpOrder.order.summary.raw_current_order_total.value)
          throughLinks.set(erpOrder.cust_no, (throughLinks.get(erpOrder.cust_no) ?? 0) + cents)
        }
        expect(throughLinks.size).toBeGreaterThan(5)
        expect(readModel).toEqual(throughLinks)
      })

      it("still reconciles to zero after the ERP simulator has been at work", async () => {
        await runOrderflowSync(getContainer(), { reader })
        const simulator = new ErpSimulator(erpDatabase.url, { seed: 5, lateCommitMaxMs: 200 })
        const actions: string[] = []
        for (let i = 0; i < 60; i++) actions.push(await simulator.tick())
        await simulator.stop()
        expect(actions.some((action) => action.includes("→"))).toBe(true)
        await runOrderflowSync(getContainer(), { reader })
        expect((await reconcileOrderflow(getContainer(), reader)).discrepancies).toEqual([])
      })

      it("marks a customer's portal changes done once OrderFlow shows them, and keeps them until then", async () => {
        await runOrderflowSync(getContainer(), { reader })
        const [customer] = await erp<{ cust_no: string; phone: string | null }>(`SELECT cust_no, phone FROM cust_master WHERE segment = 'R' ORDER BY cust_no LIMIT 1`)
        const sync = getContainer().resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
        const [erpCustomer] = await sync.listErpCustomers({ cust_no: customer!.cust_no })
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        // As the profile and address workflows leave it: Medusa already changed, requests pending.
        await customerModule.updateCustomers(erpCustomer!.customer_id, { phone: "082 555 0199" })
        const address = { address_1: "12 Loop Street", city: "Cape Town", province: "Western Cape", postal_code: "8001", country_code: "za" }
        await sync.createErpChangeRequests([
          { customer_id: erpCustomer!.customer_id, cust_no: customer!.cust_no, kind: "profile", summary: "Phone", changes: { phone: { from: customer!.phone, to: "082 555 0199" } } },
          {
            customer_id: erpCustomer!.customer_id,
            cust_no: customer!.cust_no,
            kind: "address_added",
            summary: "New delivery address",
            changes: Object.fromEntries(Object.entries(address).map(([field, to]) => [field, { from: null, to }])),
          },
        ])

        // OrderFlow changes something else about the customer first: the portal's pending phone must survive.
        await erp(`UPDATE cust_master SET credit_limit = credit_limit + 1, last_upd = localtimestamp WHERE cust_no = $1`, [customer!.cust_no])
        await runOrderflowSync(getContainer(), { reader })
        expect((await customerModule.retrieveCustomer(erpCustomer!.customer_id)).phone).toBe("082 555 0199")
        expect((await sync.listErpChangeRequests({ cust_no: customer!.cust_no })).map((request) => request.status)).toEqual(["pending", "pending"])

        // Staff key both into OrderFlow (the phone typed their own way).
        await erp(`UPDATE cust_master SET phone = '(082) 555-0199', last_upd = localtimestamp WHERE cust_no = $1`, [customer!.cust_no])
        await erp(
          `INSERT INTO cust_address (cust_no, addr_type, line1, city, province, postal_code, country, is_default, last_upd)
           VALUES ($1, 'D', '12 LOOP STREET', 'Cape Town', 'Western Cape', '8001', 'ZA', 'N', localtimestamp)`,
          [customer!.cust_no]
        )
        await runOrderflowSync(getContainer(), { reader })
        const settled = await sync.listErpChangeRequests({ cust_no: customer!.cust_no })
        expect(settled.map((request) => [request.kind, request.status])).toEqual(expect.arrayContaining([["profile", "done"], ["address_added", "done"]]))
      })

      it("re-running applies nothing twice", async () => {
        await runOrderflowSync(getContainer(), { reader })
        const before = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: 100_000 })
        // The second run re-reads its 15-minute overlap, but orders already applied at their last_upd are skipped
        // before their lines are read (a bulk change in the ERP is not re-applied every second).
        const rerun = await runOrderflowSync(getContainer(), { reader, overlapMinutes: 60 * 24 * 365 * 5 })
        expect(rerun.applied.orders).toBe(0)
        expect(rerun.applied.shipments).toBe(0)
        // Documents too: re-applying one rewrites its months' spend summary.
        expect(rerun.applied.documents).toBe(0)
        const after = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: 100_000 })
        expect(after.length).toBe(before.length)
      })

      it("keeps each order's OrderFlow delivery address, and fills it in for orders imported before it was kept", async () => {
        await runOrderflowSync(getContainer(), { reader })
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const erpAddresses = new Map(
          (await erp<{ ord_no: number; deliv_addr_id: number | null }>(`SELECT ord_no, deliv_addr_id FROM ord_hdr`)).map((row) => [Number(row.ord_no), row.deliv_addr_id])
        )
        const kept = async () => (await knex.raw(`SELECT ord_no, deliv_addr_id FROM erp_order WHERE deleted_at IS NULL`)).rows as { ord_no: number; deliv_addr_id: number | null }[]
        const mismatches = async () => (await kept()).filter((row) => row.deliv_addr_id !== (erpAddresses.get(Number(row.ord_no)) ?? null))
        expect((await kept()).filter((row) => row.deliv_addr_id !== null).length).toBeGreaterThan(100)
        expect(await mismatches()).toEqual([])

        // As the column's migration leaves an older database: no addresses, unapplied orders, no orders cursor.
        await knex.raw(`UPDATE erp_order SET deliv_addr_id = NULL, last_upd = ''`)
        await knex.raw(`UPDATE orderflow_sync_cursor SET last_upd = NULL, last_key = NULL WHERE stream = 'orders'`)
        const ordersBefore = (await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: 100_000 })).length
        await runOrderflowSync(getContainer(), { reader })
        expect(await mismatches()).toEqual([])
        expect((await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: 100_000 })).length).toBe(ordersBefore)
      })

      it("undoes a page whose later step failed, so the next run applies it once: nothing lost, nothing doubled", async () => {
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await runOrderflowSync(container, { reader })
        const simulator = new ErpSimulator(erpDatabase.url, { seed: 9, lateCommitMaxMs: 0 })
        const actions: string[] = []
        for (let i = 0; i < 80; i++) actions.push(await simulator.tick())
        await simulator.stop()
        const [{ newest }] = (await knex.raw(`SELECT max(ord_no)::int AS newest FROM erp_order`)).rows
        const [{ created }] = await erp<{ created: number }>(`SELECT count(*)::int AS created FROM ord_hdr WHERE ord_no > $1`, [newest])
        expect(created, "the simulator placed new orders for the failing page to create").toBeGreaterThan(0)

        const heard: string[] = []
        const eventBus = container.resolve(Modules.EVENT_BUS)
        eventBus.subscribe(OrderflowEvents.ORDER_STATUS_CHANGED, async (event) => {
          for (const change of [event.data].flat() as { ord_no: number; to: string }[]) heard.push(`${change.ord_no} → ${change.to}`)
        })
        // The announcement after the order page fails: the page's step must undo what it wrote.
        const emit = eventBus.emit.bind(eventBus)
        eventBus.emit = (async (...args: Parameters<typeof emit>) => {
          const names = [args[0]].flat().map((message) => message.name)
          if (names.includes(OrderflowEvents.ORDER_STATUS_CHANGED)) throw new Error("The event bus is down")
          return await emit(...args)
        }) as typeof eventBus.emit
        await expect(runOrderflowSync(container, { reader })).rejects.toThrow("The event bus is down")
        eventBus.emit = emit

        const dangling = `SELECT count(*)::int AS n FROM erp_order e WHERE e.order_id IS NOT NULL AND e.deleted_at IS NULL
                             AND NOT EXISTS (SELECT 1 FROM "order" o WHERE o.id = e.order_id AND o.deleted_at IS NULL)`
        expect((await knex.raw(dangling)).rows[0].n, "ERP orders pointing at native orders the undo removed").toBe(0)
        expect((await knex.raw(`SELECT count(*)::int AS n FROM erp_order WHERE ord_no > ?`, [newest])).rows[0].n, "the failed page's new orders").toBe(0)

        await runOrderflowSync(container, { reader })
        await new Promise((resolve) => setTimeout(resolve, 200))
        expect((await reconcileOrderflow(container, reader)).discrepancies).toEqual([])
        const [{ erp_orders, native_orders, linked }] = (
          await knex.raw(`SELECT count(*)::int AS erp_orders, count(DISTINCT order_id)::int AS linked,
                                 (SELECT count(*)::int FROM "order" WHERE deleted_at IS NULL) AS native_orders
                            FROM erp_order WHERE deleted_at IS NULL AND order_id IS NOT NULL`)
        ).rows
        expect([linked, native_orders]).toEqual([erp_orders, erp_orders])
        expect(heard.length).toBeGreaterThan(0)
        expect(heard.length, "each change announced once").toBe(new Set(heard).size)
      })

      it("announces each change once the first import is complete, and none of the history that import loads", async () => {
        const heard: { name: string; data: Record<string, unknown> }[] = []
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        for (const name of Object.values(OrderflowEvents)) {
          eventBus.subscribe(name, async (event) => void heard.push({ name, data: event.data as Record<string, unknown> }))
        }
        const settle = () => new Promise((resolve) => setTimeout(resolve, 200))
        await runOrderflowSync(getContainer(), { reader })
        await settle()
        expect(heard).toEqual([])

        const [order] = await erp<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr WHERE status_cd = 'PR' ORDER BY ord_no LIMIT 1`)
        // Stamped in the ERP's own wall-clock time (Johannesburg), as OrderFlow writes it.
        const packedAt = toErpTimestamp(new Date())
        await erp(`UPDATE ord_hdr SET status_cd = 'PK', last_upd = $2 WHERE ord_no = $1`, [order!.ord_no, packedAt])
        await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, 'PK', $2, 'DISPATCH')`, [order!.ord_no, packedAt])
        await runOrderflowSync(getContainer(), { reader })
        await settle()
        expect(heard).toEqual([{ name: OrderflowEvents.ORDER_STATUS_CHANGED, data: expect.objectContaining({ ord_no: order!.ord_no, from: "PR", to: "PK" }) }])
      })
    })
  },
})

/** The named fields, with Medusa's nulls as absent values (what its create methods take). */
function pick<T extends object, K extends keyof T>(value: T, keys: K[]): { [P in K]: Exclude<T[P], null> } {
  return Object.fromEntries(keys.map((key) => [key, value[key] ?? undefined])) as { [P in K]: Exclude<T[P], null> }
}

/** What a customer or staff member sees of an order: figures, lines and address, without ids and timestamps. */
function comparable(order: OrderDTO) {
  const money = (value: unknown) => String(value)
  return {
    status: order.status,
    totals: [order.total, order.subtotal, order.tax_total, order.discount_total].map(money),
    summary: order.summary,
    address: order.shipping_address && pick(order.shipping_address, ["address_1", "city", "postal_code", "country_code"]),
    items: order.items!
      .map((item) => ({
        ...pick(item, ["title", "variant_sku", "variant_id", "metadata"]),
        figures: [item.quantity, item.unit_price, item.total, item.subtotal, item.tax_total, item.discount_total].map(money),
        tax: item.tax_lines!.map((tax) => [tax.code, money(tax.rate)]),
        adjustments: item.adjustments!.map((adjustment) => [adjustment.code, money(adjustment.amount)]),
      }))
      .sort((a, b) => Number(a.metadata?.line_no) - Number(b.metadata?.line_no)),
  }
}
