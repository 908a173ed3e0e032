import pg from "pg"
import { DEMO_CATALOGUE } from "../catalogue.js"
import { SeededRandom } from "./random.js"

/** The ERP's clock: Johannesburg wall time without a zone, as OrderFlow writes last_upd. */
const ERP_NOW = `(now() AT TIME ZONE 'Africa/Johannesburg')`
const NEXT_STATUS: Record<string, string> = { PE: "CF", CF: "PR", PR: "PK", PK: "SH", SH: "DL", HD: "CF" }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface SimulatorOptions {
  /** Pause between ERP actions. */
  intervalMs?: number
  seed?: number
  /** Longest delay of a late-committing transaction (the ERP's can take seconds). */
  lateCommitMaxMs?: number
  log?: (line: string) => void
}

/**
 * Behaves like the ERP while the demo runs: new orders, confirmations with invoices, picking, shipping with
 * waybills, deliveries, payments, holds, recalls, cancellations and abandoned drafts deleted. It writes the way
 * OrderFlow does: last_upd from the ERP's clock, and now and then a transaction that commits seconds late.
 * Only ever pointed at the stand-in database.
 */
export class ErpSimulator {
  private readonly pool: pg.Pool
  private readonly random: SeededRandom
  private running = false
  private loop: Promise<void> | null = null

  constructor(adminUrl: string, private readonly options: SimulatorOptions = {}) {
    this.pool = new pg.Pool({ connectionString: adminUrl, max: 3 })
    this.pool.on("error", () => undefined)
    this.random = new SeededRandom(options.seed ?? Date.now() % 2_147_483_647)
  }

  start(): void {
    if (this.running) return
    this.running = true
    this.loop = (async () => {
      while (this.running) {
        try {
          await this.tick()
        } catch (error) {
          this.options.log?.(`simulator: ${error instanceof Error ? error.message : String(error)}`)
        }
        await sleep(this.options.intervalMs ?? 3_000)
      }
    })()
  }

  async stop(): Promise<void> {
    this.running = false
    await this.loop
    await this.pool.end()
  }

  /** One ERP action, chosen the way a working day mixes them. */
  async tick(): Promise<string> {
    const action = this.random.weighted([
      ["advance", 55],
      ["order", 20],
      ["payment", 12],
      ["hold", 4],
      ["recall", 3],
      ["cancel", 3],
      ["draft-cleanup", 3],
    ] as const)
    return await this.inTransaction((client, stamp) => this.apply(client, action, stamp), this.random.chance(0.15))
  }

  /** Moves one given order a step forward, as the ERP would; for measuring how fast a known change arrives. */
  async advance(ordNo: number): Promise<string> {
    return await this.inTransaction((client, stamp) => this.apply(client, "advance", stamp, ordNo), false)
  }

  private async inTransaction(work: (client: pg.PoolClient, stamp: string) => Promise<string>, late: boolean): Promise<string> {
    const client = await this.pool.connect()
    try {
      await client.query("BEGIN")
      // The ERP stamps last_upd when its transaction starts; a slow one commits after others it predates.
      const { rows } = await client.query<{ stamp: string }>(`SELECT ${ERP_NOW}::text AS stamp`)
      const done = await work(client, rows[0]!.stamp)
      if (late) await sleep(this.random.int(0, this.options.lateCommitMaxMs ?? 8_000))
      await client.query("COMMIT")
      this.options.log?.(`simulator: ${done}${late ? " (late commit)" : ""}`)
      return done
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  private async apply(client: pg.PoolClient, action: string, stamp: string, ordNo?: number): Promise<string> {
    const history = (ordNo: number, status: string, remark: string | null = null) =>
      client.query(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by, remark) VALUES ($1, $2, $3, 'SIM', $4)`, [ordNo, status, stamp, remark])
    const pickOrder = async (statuses: string[]) =>
      (await client.query<{ ord_no: number; status_cd: string; cust_no: string }>(
        `SELECT ord_no, trim(status_cd) AS status_cd, cust_no FROM ord_hdr WHERE status_cd = ANY($1) AND ($2::int IS NULL OR ord_no = $2)
          ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [statuses, ordNo ?? null]
      )).rows[0]

    if (action === "order") {
      const { rows } = await client.query<{ cust_no: string; ord_no: number; addr_id: number | null }>(
        `SELECT c.cust_no, (SELECT max(ord_no) + 1 FROM ord_hdr) AS ord_no,
                (SELECT addr_id FROM cust_address a WHERE a.cust_no = c.cust_no AND addr_type = 'D' ORDER BY is_default DESC LIMIT 1) AS addr_id
           FROM cust_master c WHERE active_flag = 'Y' ORDER BY random() LIMIT 1`
      )
      const { cust_no, ord_no, addr_id } = rows[0]!
      const products = DEMO_CATALOGUE.filter((p) => p.active)
      let subTotal = 0
      const lines = Array.from({ length: this.random.int(1, 5) }, (_, index) => {
        const product = this.random.pick(products)
        const qty = this.random.int(1, 12)
        subTotal += qty * product.priceCents
        return { lineNo: index + 1, product, qty }
      })
      const vat = Math.floor((2 * subTotal * 15 + 100) / 200)
      const status = this.random.chance(0.2) ? "DR" : "PE"
      await client.query(
        `INSERT INTO ord_hdr (ord_no, cust_no, ord_dt, status_cd, cust_po_ref, deliv_addr_id, sub_total, vat_amt, total_amt, last_upd)
         VALUES ($1, $2, $3, $4, $5, $6, $7::numeric / 100, $8::numeric / 100, $9::numeric / 100, $3)`,
        [ord_no, cust_no, stamp, status, this.random.chance(0.6) ? `PO-${this.random.int(1000, 99999)}` : null, addr_id, subTotal, vat, subTotal + vat]
      )
      for (const line of lines) {
        await client.query(
          `INSERT INTO ord_line (ord_no, line_no, sku, descr, qty, uom, unit_price, line_total) VALUES ($1, $2, $3, $4, $5, 'EA', $6::numeric / 100, $7::numeric / 100)`,
          [ord_no, line.lineNo, line.product.sku, line.product.description, line.qty, line.product.priceCents, line.qty * line.product.priceCents]
        )
      }
      await history(ord_no, status)
      return `new ${status === "DR" ? "draft" : "order"} ${ord_no} for ${cust_no}`
    }

    if (action === "advance") {
      const order = await pickOrder(["PE", "CF", "PR", "PK", "SH", "HD"])
      if (!order) return "nothing to advance"
      const next = NEXT_STATUS[order.status_cd]!
      await client.query(`UPDATE ord_hdr SET status_cd = $2, last_upd = $3, promised_dt = COALESCE(promised_dt, ($3::timestamp + interval '3 days')::date) WHERE ord_no = $1`, [order.ord_no, next, stamp])
      await history(order.ord_no, next)
      if (next === "CF") await this.invoice(client, order.ord_no, stamp)
      if (next === "SH") {
        const carrier = this.random.pick(["CGUY", "DSV", "RAM", "OWN"])
        await client.query(
          `INSERT INTO shipment (ord_no, carrier_cd, waybill_no, shipped_at, eta_dt, last_upd) VALUES ($1, $2, $3, $4, ($4::timestamp + interval '2 days')::date, $4)`,
          [order.ord_no, carrier, carrier === "OWN" ? null : `${carrier}${this.random.int(10_000_000, 99_999_999)}`, stamp]
        )
        await client.query(`UPDATE ord_line SET qty_shipped = qty WHERE ord_no = $1`, [order.ord_no])
      }
      if (next === "DL") {
        await client.query(`UPDATE shipment SET delivered_at = $2, pod_name = $3, last_upd = $2 WHERE ord_no = $1 AND delivered_at IS NULL`, [order.ord_no, stamp, "Receiving clerk"])
      }
      return `order ${order.ord_no}: ${order.status_cd} → ${next}`
    }

    if (action === "payment") {
      const { rows } = await client.query<{ inv_no: string; cust_no: string; outstanding: string }>(
        `SELECT i.inv_no, i.cust_no, (i.total_amt - COALESCE((SELECT sum(amount) FROM pay_alloc a WHERE a.inv_no = i.inv_no), 0))::text AS outstanding
           FROM inv_hdr i WHERE doc_type = 'IN' AND status_cd = 'O'
            AND i.total_amt > COALESCE((SELECT sum(amount) FROM pay_alloc a WHERE a.inv_no = i.inv_no), 0)
          ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED`
      )
      const invoice = rows[0]
      if (!invoice) return "nothing to pay"
      const { rows: txn } = await client.query<{ txn_id: number }>(
        `INSERT INTO pay_txn (cust_no, txn_dt, method, ref, amount, last_upd) VALUES ($1, $2::timestamp::date, 'EFT', $3, $4, $2) RETURNING txn_id`,
        [invoice.cust_no, stamp, invoice.inv_no, invoice.outstanding]
      )
      await client.query(`INSERT INTO pay_alloc (txn_id, inv_no, amount, alloc_dt) VALUES ($1, $2, $3, $4::timestamp::date)`, [txn[0]!.txn_id, invoice.inv_no, invoice.outstanding, stamp])
      await client.query(`UPDATE inv_hdr SET status_cd = 'P', last_upd = $2 WHERE inv_no = $1`, [invoice.inv_no, stamp])
      return `payment for ${invoice.inv_no}`
    }

    if (action === "hold") {
      const order = await pickOrder(["CF", "PR"])
      if (!order) return "nothing to hold"
      await client.query(`UPDATE ord_hdr SET status_cd = 'HD', last_upd = $2 WHERE ord_no = $1`, [order.ord_no, stamp])
      await history(order.ord_no, "HD", "Credit check")
      return `order ${order.ord_no} on hold`
    }

    if (action === "recall") {
      const order = await pickOrder(["SH"])
      if (!order) return "nothing to recall"
      await client.query(`UPDATE ord_hdr SET status_cd = 'PR', last_upd = $2 WHERE ord_no = $1`, [order.ord_no, stamp])
      await history(order.ord_no, "PR", "Shipment recalled")
      return `order ${order.ord_no} recalled to processing`
    }

    if (action === "cancel") {
      const order = await pickOrder(["PE", "DR"])
      if (!order) return "nothing to cancel"
      await client.query(`UPDATE ord_hdr SET status_cd = 'CN', last_upd = $2 WHERE ord_no = $1`, [order.ord_no, stamp])
      await history(order.ord_no, "CN")
      return `order ${order.ord_no} cancelled`
    }

    // The ERP's nightly job: abandoned drafts are hard-deleted; their status history stays.
    const { rows } = await client.query<{ ord_no: number }>(
      `SELECT ord_no FROM ord_hdr WHERE status_cd = 'DR' AND ord_dt < ${ERP_NOW} - interval '14 days' LIMIT 5 FOR UPDATE SKIP LOCKED`
    )
    for (const { ord_no } of rows) await client.query(`DELETE FROM ord_hdr WHERE ord_no = $1`, [ord_no])
    return `${rows.length} abandoned draft(s) deleted`
  }

  /** Invoices an order on confirmation, copying its lines, due after the customer's terms. */
  private async invoice(client: pg.PoolClient, ordNo: number, stamp: string): Promise<void> {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM inv_hdr WHERE doc_type = 'IN'`)
    const invNo = `INV${String(rows[0]!.n + 5_000_001).padStart(7, "0")}`
    await client.query(
      `INSERT INTO inv_hdr (inv_no, doc_type, cust_no, ord_no, inv_dt, due_dt, sub_total, vat_amt, total_amt, status_cd, last_upd)
       SELECT $1, 'IN', o.cust_no, o.ord_no, $3::timestamp::date, $3::timestamp::date + c.terms_days, o.sub_total, o.vat_amt, o.total_amt, 'O', $3
         FROM ord_hdr o JOIN cust_master c USING (cust_no) WHERE o.ord_no = $2`,
      [invNo, ordNo, stamp]
    )
    await client.query(
      `INSERT INTO inv_line (inv_no, line_no, sku, descr, qty, unit_price, vat_rate, line_total)
       SELECT $1, line_no, sku, descr, qty, unit_price, 15.00, line_total FROM ord_line WHERE ord_no = $2`,
      [invNo, ordNo]
    )
  }
}
