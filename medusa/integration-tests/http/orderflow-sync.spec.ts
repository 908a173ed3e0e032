import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { ErpSimulator } from "@portal/integrations/orderflow/stand-in"
import { reconcileOrderflow } from "../../src/lib/orderflow/reconcile"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import seed from "../../src/scripts/seed"
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
          `SELECT (SELECT count(*) FROM cust_master)::int AS customers, (SELECT count(*) FROM ord_hdr)::int AS orders,
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

      it("reconciles to zero discrepancies after a full sync, and names each difference when the ERP moves on", async () => {
        await runOrderflowSync(getContainer(), { reader })
        expect((await reconcileOrderflow(getContainer(), reader)).discrepancies).toEqual([])

        const [payment] = await erp<{ txn_id: number; cust_no: string }>(`SELECT txn_id, cust_no FROM pay_txn WHERE amount > 0 ORDER BY txn_id LIMIT 1`)
        await erp(`UPDATE pay_txn SET amount = amount + 1.00 WHERE txn_id = $1`, [payment!.txn_id])
        const { discrepancies } = await reconcileOrderflow(getContainer(), reader)
        expect(discrepancies.map((d) => [d.custNo, d.figure])).toEqual([
          [payment!.cust_no, "payments"],
          [payment!.cust_no, "balance"],
        ])
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

      it("re-running applies nothing twice", async () => {
        await runOrderflowSync(getContainer(), { reader })
        const before = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: 100_000 })
        await runOrderflowSync(getContainer(), { reader })
        const after = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: 100_000 })
        expect(after.length).toBe(before.length)
      })
    })
  },
})
