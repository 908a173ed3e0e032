import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS, PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { toErpTimestamp } from "@portal/integrations/orderflow/stand-in"
import { refreshDeliveryEstimates } from "../../src/lib/estimates/delivery-estimates"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import seed from "../../src/scripts/seed"
import { customerHeaders } from "../utils/customer-session"
import { standInErp } from "../utils/stand-in-erp"

const erpDatabase = standInErp("delivery_estimates_test")
const erp = erpDatabase.query
/** The stand-in's "today" (its data is made as of then); estimates are worked out as of the same moment. */
const ERP_NOW = new Date("2026-11-01T08:00:00Z")
const johannesburgDay = (at: Date) => toErpTimestamp(at).slice(0, 10)

beforeAll(() => erpDatabase.recreate(23, ERP_NOW), 120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("delivery estimates", () => {
      it("estimates open orders from the ERP's history, shows them on the order list and page, recalculates on a status change, and flags running late", async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        try {
          await runOrderflowSync(container, { reader })
          const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
          // The sync's province and line count, which estimates compare, are OrderFlow's.
          const [erpOrder] = await erp<{ ord_no: number; province: string; lines: number }>(
            `SELECT h.ord_no, a.province, (SELECT count(*)::int FROM ord_line l WHERE l.ord_no = h.ord_no) AS lines
               FROM ord_hdr h JOIN cust_address a ON a.addr_id = h.deliv_addr_id WHERE h.status_cd = 'DL' ORDER BY h.ord_no LIMIT 1`
          )
          const [kept] = await sync.listErpOrders({ ord_no: erpOrder!.ord_no }, { select: ["deliv_province", "line_count"] })
          expect(kept).toMatchObject({ deliv_province: erpOrder!.province, line_count: erpOrder!.lines })

          const all = await refreshDeliveryEstimates(container, { rebuild: true, now: ERP_NOW })
          const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
          // Every open order a customer can still see (orders of the last 24 months).
          const { rows: imported } = await knex.raw(
            `SELECT count(*)::int AS open FROM erp_order WHERE status IN ('PE', 'CF', 'PR', 'PK', 'SH', 'HD') AND deleted_at IS NULL AND ordered_at >= now() - interval '24 months'`
          )
          expect(all.open).toBe(imported[0].open)
          expect(all.deliveries).toBeGreaterThan(100)
          expect(all.estimated).toBeGreaterThan(0)
          expect((await sync.estimatedOrderNumbers()).length).toBe(all.estimated)

          // A demo customer's order on its way but not yet shipped, with an estimate.
          const { rows: candidates } = await knex.raw(
            `SELECT e.ord_no, o.cust_no FROM erp_delivery_estimate e JOIN erp_order o USING (ord_no)
              WHERE o.status IN ('PE', 'CF', 'PR', 'PK') AND o.cust_no = ANY(?) ORDER BY e.ord_no LIMIT 1`,
            [DEMO_CUSTOMERS.map((customer) => customer.customerNumber)]
          )
          expect(candidates.length).toBe(1)
          const ordNo = Number(candidates[0].ord_no)
          const demo = DEMO_CUSTOMERS.find((customer) => customer.customerNumber === candidates[0].cust_no)!
          const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
          const headers = await customerHeaders(api, key!.token, demo.email, DEMO_CUSTOMER_PASSWORD)
          const page = async () => (await api.get(`/store/portal/orders/${ordNo}`, { headers })).data.order
          const before = await page()
          expect(before.estimate).toMatchObject({ coverage_percent: 80 })
          expect(before.estimate.earliest_date <= before.estimate.latest_date).toBe(true)
          expect(before.estimate.earliest_date >= johannesburgDay(ERP_NOW)).toBe(true)
          expect(before.estimate.explanation).toMatch(/^Based on \d+ similar deliveries/)
          const listed = (await api.get(`/store/portal/orders?q=${ordNo}`, { headers })).data.orders[0]
          expect(listed.estimate).toEqual({ earliest_date: before.estimate.earliest_date, latest_date: before.estimate.latest_date, running_late: before.estimate.running_late })

          // OrderFlow ships it now with DSV: the sync's status change recalculates the estimate from "shipped" by DSV.
          const now = new Date()
          await erp(`UPDATE ord_hdr SET status_cd = 'SH', promised_dt = $2, last_upd = $3 WHERE ord_no = $1`, [ordNo, johannesburgDay(now), toErpTimestamp(now)])
          await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, 'SH', $2, 'DISPATCH')`, [ordNo, toErpTimestamp(now)])
          await erp(`INSERT INTO shipment (ord_no, carrier_cd, waybill_no, shipped_at, eta_dt, last_upd) VALUES ($1, 'DSV', 'DSV55501234', $2, $3, $2)`, [
            ordNo,
            toErpTimestamp(now),
            johannesburgDay(now),
          ])
          await runOrderflowSync(container, { reader })
          const recalculated = await waitFor(async () => {
            const [row] = await sync.listErpDeliveryEstimates({ ord_no: ordNo })
            return row?.status === "SH" ? row : null
          })
          expect(recalculated).toMatchObject({ carrier: "DSV", carrier_known: true, days_in_status: 0 })
          expect(new Date(recalculated.computed_at).getTime()).toBeGreaterThanOrEqual(now.getTime() - 1_000)
          // Promised for today, and DSV needs days: the range ends after the promise, so it is running late.
          const after = await page()
          expect(after.estimate.latest_date > johannesburgDay(now)).toBe(true)
          expect(after.estimate.running_late).toBe(true)
          expect(after.estimate.explanation).toContain("DSV")
          const late = await sync.ordersRunningLate(johannesburgDay(new Date(now.getTime() - 3 * 86_400_000)), johannesburgDay(now))
          expect(late.find((order) => order.ord_no === ordNo)).toMatchObject({ expected_by: after.estimate.latest_date })

          // Delivered: the estimate goes. (OrderFlow's last_upd has whole seconds: a change within the same second
          // as the last one would look applied already.)
          await new Promise((resolve) => setTimeout(resolve, 1_100))
          await erp(`UPDATE ord_hdr SET status_cd = 'DL', last_upd = $2 WHERE ord_no = $1`, [ordNo, toErpTimestamp(new Date())])
          await erp(`UPDATE shipment SET delivered_at = $2, last_upd = $2 WHERE ord_no = $1`, [ordNo, toErpTimestamp(new Date())])
          await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, 'DL', $2, 'DISPATCH')`, [ordNo, toErpTimestamp(new Date())])
          await runOrderflowSync(container, { reader })
          await waitFor(async () => ((await sync.listErpDeliveryEstimates({ ord_no: ordNo })).length === 0 ? true : null))
          expect((await page()).estimate).toBeNull()

          // Nobody else's estimates reach this customer's pages: another customer's order is not found at all.
          const { rows } = await knex.raw(`SELECT e.ord_no FROM erp_delivery_estimate e JOIN erp_order o USING (ord_no) WHERE o.cust_no <> ? LIMIT 1`, [demo.customerNumber])
          expect(rows.length).toBe(1)
          await expect(api.get(`/store/portal/orders/${rows[0].ord_no}`, { headers })).rejects.toMatchObject({ response: { status: 404 } })
        } finally {
          await reader.close()
        }
      })
    })
  },
})

/** Polls until `check` returns something (the status-change subscriber works a moment after the sync). */
async function waitFor<T>(check: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await check()
    if (found !== null) return found
    if (Date.now() > deadline) throw new Error("Timed out waiting for the delivery estimate")
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
