import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { centsToDecimalString, decimalStringToRoundedCents } from "@portal/integrations"
import { PostgresOrderFlowReader, fromErpTimestamp } from "@portal/integrations/orderflow"
import { toErpTimestamp } from "@portal/integrations/orderflow/stand-in"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { orderflowSyncScheduler } from "../../src/lib/orderflow/sync-scheduler"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import seed from "../../src/scripts/seed"
import { standInErp } from "../utils/stand-in-erp"

/**
 * One test per OrderFlow quirk (../shared/orderflow/README.md): each would fail if the importer mishandled it.
 * Every test gets a fresh stand-in ERP and changes it the way the ERP itself writes.
 */
const erpDatabase = standInErp("orderflow_quirks_test")
const erp = erpDatabase.query

/** The ERP's clock for a change "now" (its last_upd), a few minutes after the generated data. */
const erpNow = (minutesAfter: number) => toErpTimestamp(new Date(Date.now() + minutesAfter * 60_000))

medusaIntegrationTestRunner({
  testSuite: ({ getContainer, dbUtils }) => {
    let reader: PostgresOrderFlowReader
    const sync = () => runOrderflowSync(getContainer(), { reader })
    const syncModule = () => getContainer().resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
    const invoicing = () => getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)

    // Seeded and imported once: Medusa's database is snapshotted after the first full import, and each test starts
    // from a copy of it and of the ERP it was imported from (the runner restores the snapshot before every test).
    beforeAll(async () => {
      await erpDatabase.recreate(3)
      await seed({ container: getContainer(), args: [] })
      reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
      await sync()
      await reader.close()
      await dbUtils.snapshot()
    }, 180_000)
    beforeEach(async () => {
      await erpDatabase.recreate(3)
      reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
    })
    afterEach(async () => {
      await reader.close()
    })

    it("1. picks up a row that commits late with a last_upd older than what was already read", async () => {
      const [{ max }] = await erp<{ max: string }>(`SELECT max(last_upd)::text AS max FROM ord_hdr`)
      const [template] = await erp<{ cust_no: string }>(`SELECT cust_no FROM ord_hdr LIMIT 1`)
      // A long ERP transaction stamped 5 minutes before the newest row already imported, committing only now.
      await erp(
        `INSERT INTO ord_hdr (ord_no, cust_no, ord_dt, status_cd, sub_total, vat_amt, total_amt, last_upd)
         VALUES (999001, $1, $2::timestamp - interval '5 minutes', 'PE', 100.00, 15.00, 115.00, $2::timestamp - interval '5 minutes')`,
        [template!.cust_no, max]
      )
      await erp(`INSERT INTO ord_line (ord_no, line_no, sku, descr, qty, uom, unit_price, line_total) VALUES (999001, 1, 'FD-1001', 'Basmati rice 10 kg', 1, 'EA', 100.00, 100.00)`)
      await sync()
      const [late] = await syncModule().listErpOrders({ ord_no: 999001 })
      expect(late).toMatchObject({ ord_no: 999001, status: "PE" })
      expect(late!.order_id).toEqual(expect.stringMatching(/^order_/))
    })

    it("2. re-reads an order whose lines changed (only its header is marked) and takes its new totals", async () => {
      const [order] = await erp<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr ORDER BY ord_dt DESC LIMIT 1`)
      // The ERP rewrites a line and its header totals; only the header's last_upd moves.
      await erp(`UPDATE ord_line SET qty = qty + 1, disc_pct = 0, line_total = (qty + 1) * unit_price WHERE ord_no = $1 AND line_no = 1`, [order!.ord_no])
      await erp(
        `UPDATE ord_hdr h SET sub_total = l.sub, vat_amt = round(l.sub * 0.15, 2), total_amt = l.sub + round(l.sub * 0.15, 2), last_upd = $2
           FROM (SELECT sum(line_total) AS sub FROM ord_line WHERE ord_no = $1) l WHERE h.ord_no = $1`,
        [order!.ord_no, erpNow(1)]
      )
      await sync()
      const [after] = await erp<{ total_amt: string }>(`SELECT total_amt::text FROM ord_hdr WHERE ord_no = $1`, [order!.ord_no])
      const [imported] = await syncModule().listErpOrders({ ord_no: order!.ord_no })
      expect(Number(imported!.total).toFixed(2)).toBe(after!.total_amt)
      // The native order's lines are rewritten too, so Medusa's own total agrees.
      const native = await getContainer().resolve(Modules.ORDER).retrieveOrder(imported!.order_id!, { select: ["id", "total", "items.*"], relations: ["items"] })
      expect(centsToDecimalString(decimalStringToRoundedCents(String(native.total)))).toBe(after!.total_amt)
      const [line] = await erp<{ qty: string }>(`SELECT qty::text FROM ord_line WHERE ord_no = $1 AND line_no = 1`, [order!.ord_no])
      expect(Number(native.items!.find((item) => item.metadata?.line_no === 1)!.quantity)).toBe(Number(line!.qty))
    })

    it("3. sees a payment allocation through the invoice and the payment it touched", async () => {
      const [invoice] = await erp<{ inv_no: string; cust_no: string; total_amt: string }>(
        `SELECT inv_no, cust_no, total_amt::text FROM inv_hdr i WHERE doc_type = 'IN' AND status_cd = 'O'
           AND NOT EXISTS (SELECT 1 FROM pay_alloc a WHERE a.inv_no = i.inv_no) AND NOT EXISTS (SELECT 1 FROM inv_hdr c WHERE c.orig_inv_no = i.inv_no) LIMIT 1`
      )
      const stamp = erpNow(2)
      const [txn] = await erp<{ txn_id: number }>(
        `INSERT INTO pay_txn (cust_no, txn_dt, method, ref, amount, last_upd) VALUES ($1, current_date, 'EFT', 'TEST-EFT', $2, $3) RETURNING txn_id`,
        [invoice!.cust_no, invoice!.total_amt, stamp]
      )
      await erp(`INSERT INTO pay_alloc (txn_id, inv_no, amount, alloc_dt) VALUES ($1, $2, $3, current_date)`, [txn!.txn_id, invoice!.inv_no, invoice!.total_amt])
      await erp(`UPDATE inv_hdr SET status_cd = 'P', last_upd = $2 WHERE inv_no = $1`, [invoice!.inv_no, stamp])
      await sync()
      const [document] = await invoicing().listInvoices({ number: invoice!.inv_no })
      expect(document!.erp_status).toBe("paid")
      const allocations = await invoicing().listPaymentAllocations({ invoice_number: invoice!.inv_no })
      expect(allocations.map((a) => [a.txn_id, Number(a.amount).toFixed(2)])).toEqual([[txn!.txn_id, invoice!.total_amt]])
    })

    it("4. removes a draft the ERP hard-deleted, keeping its status history", async () => {
      const [customer] = await erp<{ cust_no: string }>(`SELECT cust_no FROM cust_master LIMIT 1`)
      const stamp = erpNow(3)
      await erp(
        `INSERT INTO ord_hdr (ord_no, cust_no, ord_dt, status_cd, sub_total, vat_amt, total_amt, last_upd) VALUES (999002, $1, $2, 'DR', 0, 0, 0, $2)`,
        [customer!.cust_no, stamp]
      )
      await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES (999002, 'DR', $1, 'WEB')`, [stamp])
      await sync()
      const [draft] = await syncModule().listErpOrders({ ord_no: 999002 })
      expect(draft!.status).toBe("DR")

      await erp(`DELETE FROM ord_hdr WHERE ord_no = 999002`)
      await sync()
      expect(await syncModule().listErpOrders({ ord_no: 999002 })).toEqual([])
      await expect(getContainer().resolve(Modules.ORDER).retrieveOrder(draft!.order_id!)).rejects.toThrow(/not found/i)
      expect((await syncModule().listErpStatusChanges({ ord_no: 999002 })).map((c) => c.status)).toEqual(["DR"])
    })

    it("5. follows a status that moves backwards (a recalled shipment) and an order put on hold and back", async () => {
      const [shipped] = await erp<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr WHERE status_cd = 'SH' ORDER BY ord_no LIMIT 1`)
      const stamp = erpNow(4)
      await erp(`UPDATE ord_hdr SET status_cd = 'PR', last_upd = $2 WHERE ord_no = $1`, [shipped!.ord_no, stamp])
      await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by, remark) VALUES ($1, 'PR', $2, 'DISPATCH', 'Recalled')`, [shipped!.ord_no, stamp])
      await sync()
      const [recalled] = await syncModule().listErpOrders({ ord_no: shipped!.ord_no })
      expect(recalled!.status).toBe("PR")
      const history = await syncModule().listErpStatusChanges({ ord_no: shipped!.ord_no }, { order: { changed_at: "ASC" } })
      expect(history.map((h) => h.status).slice(-2)).toEqual(["SH", "PR"])
      const native = await getContainer().resolve(Modules.ORDER).retrieveOrder(recalled!.order_id!)
      expect(native.status).toBe("pending")

      // An order being packed goes on hold for a credit check and is released back to packing.
      const [packing] = await erp<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr WHERE status_cd = 'PK' ORDER BY ord_no LIMIT 1`)
      const held = erpNow(5)
      await erp(`UPDATE ord_hdr SET status_cd = 'HD', last_upd = $2 WHERE ord_no = $1`, [packing!.ord_no, held])
      await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by, remark) VALUES ($1, 'HD', $2, 'SALES1', 'Credit check')`, [packing!.ord_no, held])
      await sync()
      expect((await syncModule().listErpOrders({ ord_no: packing!.ord_no }))[0]!.status).toBe("HD")

      const released = erpNow(6)
      await erp(`UPDATE ord_hdr SET status_cd = 'PK', last_upd = $2 WHERE ord_no = $1`, [packing!.ord_no, released])
      await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, 'PK', $2, 'SALES1')`, [packing!.ord_no, released])
      await sync()
      expect((await syncModule().listErpOrders({ ord_no: packing!.ord_no }))[0]!.status).toBe("PK")
      const holdHistory = await syncModule().listErpStatusChanges({ ord_no: packing!.ord_no }, { order: { changed_at: "ASC" } })
      expect(holdHistory.map((h) => h.status).slice(-2)).toEqual(["HD", "PK"])
    })

    it("6. keeps credit notes positive and linked to the invoice they credit, and void documents out of the way", async () => {
      const [credit] = await erp<{ inv_no: string; orig_inv_no: string; total_amt: string }>(`SELECT inv_no, orig_inv_no, total_amt::text FROM inv_hdr WHERE doc_type = 'CR' LIMIT 1`)
      const [note] = await invoicing().listInvoices({ number: credit!.inv_no })
      expect(note).toMatchObject({ type: "credit_note", credited_invoice_number: credit!.orig_inv_no })
      expect(Number(note!.total).toFixed(2)).toBe(credit!.total_amt)
      const [voided] = await erp<{ inv_no: string }>(`SELECT inv_no FROM inv_hdr WHERE status_cd = 'V' LIMIT 1`)
      const [voidDocument] = await invoicing().listInvoices({ number: voided!.inv_no })
      expect(voidDocument!.erp_status).toBe("void")
    })

    it("7. keeps split, partial, unallocated and reversed payments as the ERP has them", async () => {
      const [reversal] = await erp<{ txn_id: number; amount: string }>(`SELECT txn_id, amount::text FROM pay_txn WHERE amount < 0 LIMIT 1`)
      const [imported] = await invoicing().listPayments({ txn_id: reversal!.txn_id })
      expect(Number(imported!.amount).toFixed(2)).toBe(reversal!.amount)

      const erpTotals = await erp<{ allocated: string; payments: string }>(
        `SELECT (SELECT sum(amount) FROM pay_alloc)::text AS allocated, (SELECT sum(amount) FROM pay_txn)::text AS payments`
      )
      const payments = await invoicing().listPayments({}, { take: 100_000 })
      const allocations = await invoicing().listPaymentAllocations({}, { take: 100_000 })
      const sumCents = (values: unknown[]) => values.reduce<number>((sum, value) => sum + Math.round(Number(value) * 100), 0)
      expect(sumCents(payments.map((p) => p.amount))).toBe(Math.round(Number(erpTotals[0]!.payments) * 100))
      expect(sumCents(allocations.map((a) => a.amount))).toBe(Math.round(Number(erpTotals[0]!.allocated) * 100))
      // Money on account: more paid than allocated.
      expect(sumCents(payments.map((p) => p.amount))).toBeGreaterThan(sumCents(allocations.map((a) => a.amount)))
    })

    it("8. imports customers whose email is missing, messy or shared, cleaning what can be cleaned", async () => {
      const customers = await erp<{ cust_no: string; email: string | null }>(`SELECT cust_no, email FROM cust_master`)
      const imported = await syncModule().listErpCustomers({}, { take: 1_000 })
      expect(imported.length).toBe(customers.length)
      for (const erpCustomer of customers) {
        const mine = imported.find((c) => c.cust_no === erpCustomer.cust_no)!
        expect(mine.email).toBe(erpCustomer.email ? erpCustomer.email.trim().toLowerCase() : null)
      }
      const customerModule = getContainer().resolve(Modules.CUSTOMER)
      for (const shared of imported.filter((c) => c.email_shared)) {
        const customer = await customerModule.retrieveCustomer(shared.customer_id)
        expect(customer.email).toBeNull() // they sign in by customer number instead
      }
    })

    it("9. keeps the description an order line had when it was ordered, on the right order", async () => {
      const lines = await erp<{ ord_no: number; descr: string; product_descr: string }>(
        `SELECT l.ord_no, l.descr, p.descr AS product_descr FROM ord_line l JOIN product p USING (sku) WHERE l.descr <> p.descr ORDER BY l.ord_no`
      )
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) {
        const [erpOrder] = await syncModule().listErpOrders({ ord_no: line.ord_no })
        const order = await getContainer().resolve(Modules.ORDER).retrieveOrder(erpOrder!.order_id!, { relations: ["items"] })
        expect(order.metadata?.ord_no).toBe(line.ord_no)
        const erpTitles = (await erp<{ descr: string }>(`SELECT descr FROM ord_line WHERE ord_no = $1`, [line.ord_no])).map((l) => l.descr).sort()
        expect(order.items!.map((item) => item.title).sort()).toEqual(erpTitles)
      }
    })

    it("10. keeps discontinued products on past orders but not for sale", async () => {
      const [line] = await erp<{ ord_no: number; sku: string }>(`SELECT l.ord_no, l.sku FROM ord_line l JOIN product p USING (sku) WHERE p.active_flag = 'N' LIMIT 1`)
      const [erpOrder] = await syncModule().listErpOrders({ ord_no: line!.ord_no })
      const order = await getContainer().resolve(Modules.ORDER).retrieveOrder(erpOrder!.order_id!, { relations: ["items"] })
      const item = order.items!.find((i) => i.variant_sku === line!.sku)!
      const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(item.product_id!)
      expect(product.status).toBe("draft")
    })

    it("11. dates a status the history does not record by the order's last_upd, for every 'since when' rule", async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const portalOrder = async (ordNo: number) =>
        (await knex.raw(`SELECT cancelled_at, status_changed_at, visible_until > now() AS visible FROM erp_order WHERE ord_no = ?`, [ordNo])).rows[0] as {
          cancelled_at: Date | null
          status_changed_at: Date
          visible: boolean
        }
      // The stand-in, like OrderFlow, leaves some cancellations out of the history: the oldest such one that is
      // still within 24 months was cancelled long over 90 days ago, so the customer no longer sees it.
      const unrecorded = await erp<{ ord_no: number; last_upd: string }>(
        `SELECT h.ord_no, to_char(h.last_upd, 'YYYY-MM-DD HH24:MI:SS.US') AS last_upd FROM ord_hdr h
          WHERE h.status_cd = 'CN' AND NOT EXISTS (SELECT 1 FROM ord_status_hist s WHERE s.ord_no = h.ord_no AND s.status_cd = 'CN')
          ORDER BY h.last_upd`
      )
      const old = unrecorded.find((order) => {
        const age = Date.now() - fromErpTimestamp(order.last_upd).getTime()
        return age > 100 * 86_400_000 && age < 600 * 86_400_000
      })
      expect(old, "the stand-in has a cancellation without its history entry, 100+ days old").toBeDefined()
      const oldInPortal = await portalOrder(old!.ord_no)
      expect(oldInPortal.cancelled_at!.getTime()).toBe(fromErpTimestamp(old!.last_upd).getTime())
      expect(oldInPortal.visible).toBe(false)

      // Cancelled today and put on hold today, neither written into the history: dated by last_upd, and shown.
      const [open, packing] = await erp<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr WHERE status_cd IN ('PE', 'CF', 'PR', 'PK') ORDER BY ord_no LIMIT 2`)
      const cancelledAt = erpNow(7)
      const heldAt = erpNow(8)
      await erp(`UPDATE ord_hdr SET status_cd = 'CN', last_upd = $2 WHERE ord_no = $1`, [open!.ord_no, cancelledAt])
      await erp(`UPDATE ord_hdr SET status_cd = 'HD', last_upd = $2 WHERE ord_no = $1`, [packing!.ord_no, heldAt])
      await sync()
      const cancelled = await portalOrder(open!.ord_no)
      expect(cancelled.cancelled_at!.getTime()).toBe(fromErpTimestamp(cancelledAt).getTime())
      expect(cancelled.status_changed_at.getTime()).toBe(fromErpTimestamp(cancelledAt).getTime())
      expect(cancelled.visible).toBe(true)
      expect((await portalOrder(packing!.ord_no)).status_changed_at.getTime()).toBe(fromErpTimestamp(heldAt).getTime())
    })

    it("resumes a stopped import where it stopped, without duplicates", async () => {
      // Wipe the portal's view and import again, failing after the second page of orders.
      const [{ orders }] = await erp<{ orders: number }>(`SELECT count(*)::int AS orders FROM ord_hdr`)
      const failing = new PostgresOrderFlowReader(erpDatabase.readerUrl)
      let pages = 0
      const realOrders = failing.orders.bind(failing)
      failing.orders = async (after, limit) => {
        pages += 1
        if (pages === 3) throw new Error("connection lost")
        return realOrders(after, limit)
      }
      await syncModule().deleteSyncCursors((await syncModule().listSyncCursors()).map((c) => c.id))
      await expect(runOrderflowSync(getContainer(), { reader: failing, pageSize: 100 })).rejects.toThrow("connection lost")
      await failing.close()
      await runOrderflowSync(getContainer(), { reader, pageSize: 100 })
      const [, count] = await syncModule().listAndCountErpOrders({}, { take: 1 })
      expect(count).toBe(orders)
      const nativeOrders = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"], take: 100_000 })
      expect(nativeOrders.length).toBe(orders)
    })

    it("keeps serving and records the failure when OrderFlow is unreachable", async () => {
      const saved = process.env.ORDERFLOW_DATABASE_URL
      process.env.ORDERFLOW_DATABASE_URL = "postgres://nobody:nothing@127.0.0.1:9/orderflow"
      try {
        expect(await orderflowSyncScheduler.runIfDue(getContainer())).toBeNull()
      } finally {
        process.env.ORDERFLOW_DATABASE_URL = saved
      }
      const [state] = await syncModule().listSyncCursors({ stream: "sync" })
      expect(state!.last_error).toMatch(/ECONNREFUSED|connect/i)
      // What was imported is still there.
      const [, count] = await syncModule().listAndCountErpOrders({}, { take: 1 })
      expect(count).toBeGreaterThan(0)
    })

    it("1b. frequent runs start at their position when the ERP is quiet, still take new rows, and leave late ones to the full window", async () => {
      const [template] = await erp<{ cust_no: string }>(`SELECT cust_no FROM ord_hdr LIMIT 1`)
      const insert = (ordNo: number, stamp: string) =>
        erp(
          `INSERT INTO ord_hdr (ord_no, cust_no, ord_dt, status_cd, sub_total, vat_amt, total_amt, last_upd) VALUES ($1, $2, $3::timestamp, 'PE', 100.00, 15.00, 115.00, $3::timestamp)`,
          [ordNo, template!.cust_no, stamp]
        )
      // The previous run started after every row: a frequent run reads only past each stream's position.
      const quick = () => runOrderflowSync(getContainer(), { reader, overlapMinutes: 0.5, readFrom: erpNow(0.5) })
      await insert(999101, erpNow(1))
      expect((await quick()).applied.orders).toBe(1)
      // A long transaction commits now, stamped 5 minutes ago: the frequent run does not look back that far…
      await insert(999102, erpNow(-5))
      expect((await quick()).applied.orders).toBe(0)
      // …the full window (once a minute in the scheduler) does.
      expect((await sync()).applied.orders).toBe(1)
      expect((await syncModule().listErpOrders({ ord_no: [999101, 999102] })).map((order) => order.ord_no).sort()).toEqual([999101, 999102])
    })
  },
})
