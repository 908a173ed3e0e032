import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addMonths } from "@portal/integrations/insights"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS, PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { toErpTimestamp } from "@portal/integrations/orderflow/stand-in"
import { wholeAccount } from "../../src/lib/access/order-scope"
import { loadSpendingInsights } from "../../src/lib/insights/spending"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import seed from "../../src/scripts/seed"
import { addColleague } from "../utils/colleague"
import { customerHeaders } from "../utils/customer-session"
import { standInErp } from "../utils/stand-in-erp"

const erpDatabase = standInErp("spending_insights_test")
const erp = erpDatabase.query
/** The stand-in's data runs 30 months back from its "today", 2026-11-01: every month it holds. */
const FIRST_MONTH = "2024-04"
const LAST_MONTH = "2026-11"

beforeAll(() => erpDatabase.recreate(23), 120_000)

/** OrderFlow's own figures per customer and month, to the cent: documents that are not void, amounts excluding VAT. */
async function erpMonths(where = "", params: unknown[] = []) {
  const rows = await erp<{ cust_no: string; month: string; invoiced: string; credited: string; invoices: number }>(
    `SELECT h.cust_no, to_char(h.inv_dt, 'YYYY-MM') AS month,
            (coalesce(sum(h.sub_total) FILTER (WHERE h.doc_type = 'IN'), 0) * 100)::bigint::text AS invoiced,
            (coalesce(sum(h.sub_total) FILTER (WHERE h.doc_type = 'CR'), 0) * 100)::bigint::text AS credited,
            count(*) FILTER (WHERE h.doc_type = 'IN')::int AS invoices
       FROM inv_hdr h LEFT JOIN ord_hdr o ON o.ord_no = h.ord_no
      WHERE h.status_cd <> 'V' ${where}
      GROUP BY 1, 2`,
    params
  )
  return new Map(rows.map((row) => [`${row.cust_no}|${row.month}`, { invoiced: Number(row.invoiced), credited: Number(row.credited), invoices: row.invoices }]))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("spending insights", () => {
      it("match OrderFlow's invoices and credit notes to the cent for every customer, month by month, by product, group and location, and follow changes", async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        try {
          await runOrderflowSync(container, { reader })
          const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
          const customers = (await knex.raw(`SELECT cust_no, customer_id FROM erp_customer WHERE deleted_at IS NULL ORDER BY cust_no`)).rows as { cust_no: string; customer_id: string }[]
          expect(customers.length).toBeGreaterThanOrEqual(10)
          const expected = await erpMonths()
          let documentsCompared = 0
          for (const customer of customers) {
            const insights = await loadSpendingInsights(container, wholeAccount(customer.customer_id), FIRST_MONTH, LAST_MONTH)
            for (const month of insights.months) {
              const want = expected.get(`${customer.cust_no}|${month.month}`) ?? { invoiced: 0, credited: 0, invoices: 0 }
              expect({ customer: customer.cust_no, month: month.month, invoiced: month.invoiced_cents, credited: month.credited_cents, invoices: month.invoices }).toEqual({
                customer: customer.cust_no,
                month: month.month,
                ...want,
              })
              documentsCompared += want.invoices
            }
            // Products (with the rest folded in), groups and locations each add up to the period's net spend.
            const sum = (rows: { net_cents: number }[]) => rows.reduce((total, row) => total + row.net_cents, 0)
            const net = insights.totals.net_cents
            expect([sum(insights.products), sum(insights.groups), sum(insights.locations), sum(insights.months)]).toEqual([net, net, net, net])
            expect(insights.totals.invoiced_cents - insights.totals.credited_cents).toBe(net)
          }
          expect(documentsCompared).toBeGreaterThan(300)

          // Through the route, for a demo customer's Admin, by location: a delivery address's spend is the invoices of
          // the orders delivered there.
          const demo = DEMO_CUSTOMERS[0]!
          const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
          const admin = await customerHeaders(api, key!.token, demo.email, DEMO_CUSTOMER_PASSWORD)
          const thisMonth = toErpTimestamp(new Date()).slice(0, 7)
          const from = addMonths(thisMonth, -23)
          const { data } = await api.get(`/store/portal/insights?from=${from}`, { headers: admin })
          const byLocation = await erp<{ deliv_addr_id: number; net: string }>(
            `SELECT o.deliv_addr_id, (sum(CASE WHEN h.doc_type = 'IN' THEN h.sub_total ELSE -h.sub_total END) * 100)::bigint::text AS net
               FROM inv_hdr h JOIN ord_hdr o ON o.ord_no = h.ord_no
              WHERE h.cust_no = $1 AND h.status_cd <> 'V' AND to_char(h.inv_dt, 'YYYY-MM') BETWEEN $2 AND $3 GROUP BY 1`,
            [demo.customerNumber, from, thisMonth]
          )
          expect(Object.fromEntries((data.insights.locations as { location_id: number; net_cents: number }[]).map((row) => [row.location_id, row.net_cents]))).toEqual(
            Object.fromEntries(byLocation.filter((row) => Number(row.net) !== 0).map((row) => [row.deliv_addr_id, Number(row.net)]))
          )

          // A Buyer limited to one delivery address of an account sees that location's spend and nothing else.
          const [place] = (
            await knex.raw(
              `SELECT a.customer_id, a.id, (a.metadata->>'erp_addr_id')::int AS erp_addr_id FROM customer_address a
                WHERE a.metadata->>'erp_addr_id' IS NOT NULL AND a.deleted_at IS NULL
                  AND EXISTS (SELECT 1 FROM invoice i WHERE i.customer_id = a.customer_id AND i.deliv_addr_id = (a.metadata->>'erp_addr_id')::int)
                ORDER BY a.customer_id, a.id LIMIT 1`
            )
          ).rows as { customer_id: string; id: string; erp_addr_id: number }[]
          const buyer = await addColleague(container, place!.customer_id, { email: "branch-buyer@insights.example", password: "insights test passphrase", role: "buyer" })
          await knex.raw(`UPDATE account_membership SET location_ids = ?::jsonb WHERE id = ?`, [JSON.stringify([place!.id]), buyer.id])
          const branch = await customerHeaders(api, key!.token, "branch-buyer@insights.example", "insights test passphrase")
          const limited = (await api.get(`/store/portal/insights?from=${from}`, { headers: branch })).data.insights
          const [there] = await erp<{ net: string }>(
            `SELECT (coalesce(sum(CASE WHEN h.doc_type = 'IN' THEN h.sub_total ELSE -h.sub_total END), 0) * 100)::bigint::text AS net
               FROM inv_hdr h JOIN ord_hdr o ON o.ord_no = h.ord_no
              WHERE o.deliv_addr_id = $1 AND h.status_cd <> 'V' AND to_char(h.inv_dt, 'YYYY-MM') BETWEEN $2 AND $3`,
            [place!.erp_addr_id, from, thisMonth]
          )
          expect(limited.locations.map((row: { location_id: number }) => row.location_id)).toEqual([place!.erp_addr_id])
          expect(limited.totals.net_cents).toBe(Number(there!.net))

          // OrderFlow voids an invoice: the next sync takes exactly its amount off its month.
          const [open] = await erp<{ inv_no: string; cust_no: string; month: string; cents: string }>(
            `SELECT inv_no, cust_no, to_char(inv_dt, 'YYYY-MM') AS month, (sub_total * 100)::bigint::text AS cents FROM inv_hdr
              WHERE doc_type = 'IN' AND status_cd = 'O' AND cust_no = $1 ORDER BY inv_dt DESC LIMIT 1`,
            [demo.customerNumber]
          )
          const customerId = customers.find((customer) => customer.cust_no === demo.customerNumber)!.customer_id
          const monthOf = async () => (await loadSpendingInsights(container, wholeAccount(customerId), open!.month, open!.month)).months[0]!
          const before = await monthOf()
          await erp(`UPDATE inv_hdr SET status_cd = 'V', last_upd = $2 WHERE inv_no = $1`, [open!.inv_no, toErpTimestamp(new Date())])
          await runOrderflowSync(container, { reader })
          const after = await monthOf()
          expect([after.invoiced_cents, after.invoices]).toEqual([before.invoiced_cents - Number(open!.cents), before.invoices - 1])
          expect(after.invoiced_cents).toBe((await erpMonths("AND h.cust_no = $1", [demo.customerNumber])).get(`${demo.customerNumber}|${open!.month}`)?.invoiced ?? 0)
        } finally {
          await reader.close()
        }
      })
    })
  },
})
