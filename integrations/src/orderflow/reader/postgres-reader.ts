import pg from "pg"
import { fromErpTimestamp } from "../stand-in/erp-time.js"
import { cents, cleanEmail, scaledInteger } from "./parse.js"
import type {
  ChangeCursor,
  ChangePage,
  CustomerFigures,
  ErpAddress,
  ErpAllocation,
  ErpCustomer,
  ErpDocument,
  ErpOrder,
  ErpOrderStatus,
  ErpPayment,
  ErpProduct,
  ErpShipment,
  ErpStatusChange,
} from "./types.js"

/** What the portal needs from OrderFlow. Every method only reads; the ERP must never be written to. */
export interface OrderFlowReader {
  /** The ERP server's clock as it writes last_upd (Johannesburg wall clock). */
  clock(): Promise<string>
  customers(after: ChangeCursor | null, limit: number): Promise<ChangePage<ErpCustomer>>
  /** The current rows of these customers, whenever they last changed (to settle the portal's change requests). */
  customersByNumber(custNos: string[]): Promise<ErpCustomer[]>
  addresses(custNos: string[]): Promise<ErpAddress[]>
  /** The whole catalogue, for reconciliation. */
  products(): Promise<ErpProduct[]>
  productsChanged(after: ChangeCursor | null, limit: number): Promise<ChangePage<ErpProduct>>
  /**
   * Orders changed after the cursor, with their lines. `skip` names orders the caller already has at this
   * last_upd: their lines are not read and they are left out of `rows` (the page's `last` still counts them).
   */
  orders(after: ChangeCursor | null, limit: number, skip?: (versions: { ordNo: number; lastUpd: string }[]) => Promise<Set<number>>): Promise<ChangePage<ErpOrder>>
  statusHistory(ordNos: number[]): Promise<ErpStatusChange[]>
  shipments(after: ChangeCursor | null, limit: number): Promise<ChangePage<ErpShipment>>
  /** Documents changed after the cursor, with their lines; `skip` as for orders (documents the caller already has). */
  documents(after: ChangeCursor | null, limit: number, skip?: (versions: { invNo: string; lastUpd: string }[]) => Promise<Set<string>>): Promise<ChangePage<ErpDocument>>
  payments(after: ChangeCursor | null, limit: number): Promise<ChangePage<ErpPayment>>
  /** Emails (cleaned) that more than one customer has on file: such customers sign in by customer number. */
  sharedEmails(): Promise<string[]>
  /** Per-customer totals that the portal must agree with to the cent. */
  customerFigures(): Promise<CustomerFigures[]>
  /** Which of these order numbers still exist (drafts are hard-deleted without a trace but their history). */
  existingOrders(ordNos: number[]): Promise<Set<number>>
  close(): Promise<void>
}

const TS = (column: string) => `to_char(${column}, 'YYYY-MM-DD HH24:MI:SS.US')`

/**
 * Keyset paging over (last_upd, key): stable under concurrent ERP writes, and resumable from a stored cursor.
 * The cursor's key is compared as text, so every key column is cast to a zero-padded text form.
 */
function changedSince(table: string, keyExpression: string, after: ChangeCursor | null, limit: number) {
  const params: unknown[] = []
  let where = "TRUE"
  if (after) {
    params.push(after.lastUpd, after.key)
    where = `(last_upd, ${keyExpression}) > ($1::timestamp, $2::text)`
  }
  params.push(limit)
  return { sql: `SELECT * FROM ${table} WHERE ${where} ORDER BY last_upd, ${keyExpression} LIMIT $${params.length}`, params }
}

const ORDER_KEY = "lpad(ord_no::text, 12, '0')"
const SHIPMENT_KEY = "lpad(ship_id::text, 12, '0')"
const PAYMENT_KEY = "lpad(txn_id::text, 12, '0')"

function page<T>(rows: T[], limit: number, cursorOf: (row: T) => ChangeCursor): ChangePage<T> {
  return { rows, next: rows.length === limit ? cursorOf(rows[rows.length - 1]!) : null }
}

function customerOf(row: Record<string, string>): ErpCustomer {
  return {
    custNo: row.cust_no!,
    name: row.cust_name!,
    segment: row.segment!.trim() as ErpCustomer["segment"],
    email: cleanEmail(row.email ?? null),
    phone: row.phone?.trim() || null,
    vatNo: row.vat_no?.trim() || null,
    creditLimitCents: cents(row.credit_limit!),
    termsDays: Number(row.terms_days),
    active: row.active_flag === "Y",
    lastUpd: row.last_upd_text!,
  }
}

function productOf(row: Record<string, string>): ErpProduct {
  return {
    sku: row.sku!,
    descr: row.descr!.trim(),
    uom: row.uom!.trim(),
    unitPriceCents: cents(row.unit_price!),
    vatRateBasisPoints: scaledInteger(row.vat_rate!, 2),
    active: row.active_flag === "Y",
    lastUpd: row.last_upd_text!,
  }
}

/** Reads OrderFlow's PostgreSQL database with a read-only role. */
export class PostgresOrderFlowReader implements OrderFlowReader {
  private readonly pool: pg.Pool

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5_000, application_name: "portal-orderflow-sync" })
    // An idle connection dropped by the ERP server must not crash the portal; the next query reconnects.
    this.pool.on("error", () => undefined)
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.pool.query<R>(sql, params)).rows
  }

  async clock(): Promise<string> {
    const [row] = await this.query<{ now: string }>(`SELECT ${TS("localtimestamp")} AS now`)
    return row!.now
  }

  async customers(after: ChangeCursor | null, limit: number): Promise<ChangePage<ErpCustomer>> {
    const { sql, params } = changedSince("cust_master", "cust_no::text", after, limit)
    const rows = await this.query<Record<string, string>>(sql.replace("SELECT *", `SELECT *, ${TS("last_upd")} AS last_upd_text`), params)
    const customers = rows.map(customerOf)
    return page(customers, limit, (c) => ({ lastUpd: c.lastUpd, key: c.custNo }))
  }

  async customersByNumber(custNos: string[]): Promise<ErpCustomer[]> {
    if (custNos.length === 0) return []
    const rows = await this.query<Record<string, string>>(`SELECT *, ${TS("last_upd")} AS last_upd_text FROM cust_master WHERE cust_no = ANY($1)`, [custNos])
    return rows.map(customerOf)
  }

  async addresses(custNos: string[]): Promise<ErpAddress[]> {
    if (custNos.length === 0) return []
    const rows = await this.query<Record<string, string>>(`SELECT * FROM cust_address WHERE cust_no = ANY($1) ORDER BY addr_id`, [custNos])
    return rows.map((row) => ({
      addrId: Number(row.addr_id),
      custNo: row.cust_no!,
      type: row.addr_type as "B" | "D",
      line1: row.line1!,
      line2: row.line2 || null,
      city: row.city!,
      province: row.province || null,
      postalCode: row.postal_code || null,
      country: row.country!,
      isDefault: row.is_default === "Y",
    }))
  }

  async products(): Promise<ErpProduct[]> {
    const rows = await this.query<Record<string, string>>(`SELECT *, ${TS("last_upd")} AS last_upd_text FROM product ORDER BY sku`)
    return rows.map(productOf)
  }

  async productsChanged(after: ChangeCursor | null, limit: number): Promise<ChangePage<ErpProduct>> {
    const { sql, params } = changedSince("product", "sku::text", after, limit)
    const rows = await this.query<Record<string, string>>(sql.replace("SELECT *", `SELECT *, ${TS("last_upd")} AS last_upd_text`), params)
    return page(rows.map(productOf), limit, (p) => ({ lastUpd: p.lastUpd, key: p.sku }))
  }

  async orders(
    after: ChangeCursor | null,
    limit: number,
    skip?: (versions: { ordNo: number; lastUpd: string }[]) => Promise<Set<number>>
  ): Promise<ChangePage<ErpOrder>> {
    const { sql, params } = changedSince("ord_hdr", ORDER_KEY, after, limit)
    const headers = await this.query<Record<string, string>>(
      sql.replace(
        "SELECT *",
        `SELECT ord_no, cust_no, ${TS("ord_dt")} AS ord_dt, status_cd, cust_po_ref, deliv_addr_id, req_deliv_dt::text, promised_dt::text,
                sub_total::text, vat_amt::text, total_amt::text, currency, notes, ${TS("last_upd")} AS last_upd_text`
      ),
      params
    )
    const cursorOfRow = (row: Record<string, string>): ChangeCursor => ({ lastUpd: row.last_upd_text!, key: String(row.ord_no).padStart(12, "0") })
    const read = page(headers, limit, cursorOfRow)
    const last = headers.length ? cursorOfRow(headers[headers.length - 1]!) : null
    const skipped = skip && headers.length ? await skip(headers.map((row) => ({ ordNo: Number(row.ord_no), lastUpd: row.last_upd_text! }))) : new Set<number>()
    const fresh = headers.filter((row) => !skipped.has(Number(row.ord_no)))
    const ordNos = fresh.map((row) => Number(row.ord_no))
    const lines = ordNos.length
      ? await this.query<Record<string, string>>(
          `SELECT ord_no, line_no, sku, descr, qty::text, qty_shipped::text, uom, unit_price::text, disc_pct::text, line_total::text
             FROM ord_line WHERE ord_no = ANY($1) ORDER BY ord_no, line_no`,
          [ordNos]
        )
      : []
    const linesByOrder = new Map<number, ErpOrder["lines"]>()
    for (const line of lines) {
      const list = linesByOrder.get(Number(line.ord_no)) ?? []
      list.push({
        lineNo: Number(line.line_no),
        sku: line.sku!,
        descr: line.descr!,
        qtyMilli: scaledInteger(line.qty!, 3),
        qtyShippedMilli: scaledInteger(line.qty_shipped!, 3),
        uom: line.uom!,
        unitPriceCents: cents(line.unit_price!),
        discBasisPoints: scaledInteger(line.disc_pct!, 2),
        lineTotalCents: cents(line.line_total!),
      })
      linesByOrder.set(Number(line.ord_no), list)
    }
    const orders = fresh.map(
      (row): ErpOrder => ({
        ordNo: Number(row.ord_no),
        custNo: row.cust_no!,
        orderedAt: fromErpTimestamp(row.ord_dt!),
        status: row.status_cd!.trim() as ErpOrderStatus,
        poRef: row.cust_po_ref?.trim() || null,
        deliveryAddrId: row.deliv_addr_id ? Number(row.deliv_addr_id) : null,
        requestedDate: row.req_deliv_dt ?? null,
        promisedDate: row.promised_dt ?? null,
        subTotalCents: cents(row.sub_total!),
        vatCents: cents(row.vat_amt!),
        totalCents: cents(row.total_amt!),
        currency: row.currency!.trim(),
        notes: row.notes ?? null,
        lastUpd: row.last_upd_text!,
        lines: linesByOrder.get(Number(row.ord_no)) ?? [],
      })
    )
    return { rows: orders, next: read.next, last }
  }

  async statusHistory(ordNos: number[]): Promise<ErpStatusChange[]> {
    if (ordNos.length === 0) return []
    const rows = await this.query<Record<string, string>>(
      `SELECT hist_id, ord_no, status_cd, ${TS("changed_at")} AS changed_at, changed_by, remark FROM ord_status_hist WHERE ord_no = ANY($1) ORDER BY ord_no, changed_at, hist_id`,
      [ordNos]
    )
    return rows.map((row) => ({
      histId: Number(row.hist_id),
      ordNo: Number(row.ord_no),
      status: row.status_cd!.trim() as ErpOrderStatus,
      changedAt: fromErpTimestamp(row.changed_at!),
      changedBy: row.changed_by!,
      remark: row.remark ?? null,
    }))
  }

  async shipments(after: ChangeCursor | null, limit: number): Promise<ChangePage<ErpShipment>> {
    const { sql, params } = changedSince("shipment", SHIPMENT_KEY, after, limit)
    const rows = await this.query<Record<string, string>>(
      sql.replace(
        "SELECT *",
        `SELECT ship_id, ord_no, carrier_cd, waybill_no, ${TS("shipped_at")} AS shipped_at, eta_dt::text, ${TS("delivered_at")} AS delivered_at, pod_name, ${TS("last_upd")} AS last_upd_text`
      ),
      params
    )
    const shipments = rows.map(
      (row): ErpShipment => ({
        shipId: Number(row.ship_id),
        ordNo: Number(row.ord_no),
        carrier: row.carrier_cd!.trim(),
        waybill: row.waybill_no?.trim() || null,
        shippedAt: row.shipped_at ? fromErpTimestamp(row.shipped_at) : null,
        etaDate: row.eta_dt ?? null,
        deliveredAt: row.delivered_at ? fromErpTimestamp(row.delivered_at) : null,
        podName: row.pod_name?.trim() || null,
        lastUpd: row.last_upd_text!,
      })
    )
    return page(shipments, limit, (s) => ({ lastUpd: s.lastUpd, key: String(s.shipId).padStart(12, "0") }))
  }

  async documents(
    after: ChangeCursor | null,
    limit: number,
    skip?: (versions: { invNo: string; lastUpd: string }[]) => Promise<Set<string>>
  ): Promise<ChangePage<ErpDocument>> {
    const { sql, params } = changedSince("inv_hdr", "inv_no::text", after, limit)
    const read = await this.query<Record<string, string>>(
      sql.replace(
        "SELECT *",
        `SELECT inv_no, doc_type, cust_no, ord_no, orig_inv_no, inv_dt::text, due_dt::text, sub_total::text, vat_amt::text, total_amt::text, currency, status_cd, ${TS("last_upd")} AS last_upd_text`
      ),
      params
    )
    const cursorOfRow = (row: Record<string, string>): ChangeCursor => ({ lastUpd: row.last_upd_text!, key: row.inv_no! })
    const last = read.length ? cursorOfRow(read[read.length - 1]!) : null
    const skipped = skip && read.length ? await skip(read.map((row) => ({ invNo: row.inv_no!, lastUpd: row.last_upd_text! }))) : new Set<string>()
    const headers = read.filter((row) => !skipped.has(row.inv_no!))
    const invNos = headers.map((row) => row.inv_no!)
    const lines = invNos.length
      ? await this.query<Record<string, string>>(
          `SELECT inv_no, line_no, sku, descr, qty::text, unit_price::text, vat_rate::text, line_total::text FROM inv_line WHERE inv_no = ANY($1) ORDER BY inv_no, line_no`,
          [invNos]
        )
      : []
    const linesByDocument = new Map<string, ErpDocument["lines"]>()
    for (const line of lines) {
      const list = linesByDocument.get(line.inv_no!) ?? []
      list.push({
        lineNo: Number(line.line_no),
        sku: line.sku || null,
        descr: line.descr!,
        qtyMilli: scaledInteger(line.qty!, 3),
        unitPriceCents: cents(line.unit_price!),
        vatRateBasisPoints: scaledInteger(line.vat_rate!, 2),
        lineTotalCents: cents(line.line_total!),
      })
      linesByDocument.set(line.inv_no!, list)
    }
    const documents = headers.map(
      (row): ErpDocument => ({
        invNo: row.inv_no!,
        docType: row.doc_type!.trim() as "IN" | "CR",
        custNo: row.cust_no!,
        ordNo: row.ord_no ? Number(row.ord_no) : null,
        origInvNo: row.orig_inv_no?.trim() || null,
        invoiceDate: row.inv_dt!,
        dueDate: row.due_dt!,
        subTotalCents: cents(row.sub_total!),
        vatCents: cents(row.vat_amt!),
        totalCents: cents(row.total_amt!),
        currency: row.currency!.trim(),
        status: row.status_cd!.trim() as "O" | "P" | "V",
        lastUpd: row.last_upd_text!,
        lines: linesByDocument.get(row.inv_no!) ?? [],
      })
    )
    return { rows: documents, next: page(read, limit, cursorOfRow).next, last }
  }

  async payments(after: ChangeCursor | null, limit: number): Promise<ChangePage<ErpPayment>> {
    const { sql, params } = changedSince("pay_txn", PAYMENT_KEY, after, limit)
    const rows = await this.query<Record<string, string>>(
      sql.replace("SELECT *", `SELECT txn_id, cust_no, txn_dt::text, method, ref, amount::text, ${TS("last_upd")} AS last_upd_text`),
      params
    )
    const txnIds = rows.map((row) => Number(row.txn_id))
    const allocations = txnIds.length
      ? await this.query<Record<string, string>>(`SELECT txn_id, inv_no, amount::text, alloc_dt::text FROM pay_alloc WHERE txn_id = ANY($1) ORDER BY txn_id, inv_no`, [txnIds])
      : []
    const byPayment = new Map<number, ErpAllocation[]>()
    for (const row of allocations) {
      const list = byPayment.get(Number(row.txn_id)) ?? []
      list.push({ txnId: Number(row.txn_id), invNo: row.inv_no!, amountCents: cents(row.amount!), allocDate: row.alloc_dt! })
      byPayment.set(Number(row.txn_id), list)
    }
    const payments = rows.map(
      (row): ErpPayment => ({
        txnId: Number(row.txn_id),
        custNo: row.cust_no!,
        date: row.txn_dt!,
        method: row.method!.trim(),
        ref: row.ref?.trim() || null,
        amountCents: cents(row.amount!),
        lastUpd: row.last_upd_text!,
        allocations: byPayment.get(Number(row.txn_id)) ?? [],
      })
    )
    return page(payments, limit, (p) => ({ lastUpd: p.lastUpd, key: String(p.txnId).padStart(12, "0") }))
  }

  async sharedEmails(): Promise<string[]> {
    const rows = await this.query<{ email: string }>(
      `SELECT lower(trim(email)) AS email FROM cust_master WHERE email IS NOT NULL AND trim(email) <> '' GROUP BY 1 HAVING count(*) > 1`
    )
    return rows.map((row) => row.email)
  }

  async customerFigures(): Promise<CustomerFigures[]> {
    const rows = await this.query<Record<string, string | null>>(
      `SELECT c.cust_no,
              (SELECT json_object_agg(status_cd, n) FROM (SELECT trim(status_cd) AS status_cd, count(*) AS n FROM ord_hdr o WHERE o.cust_no = c.cust_no GROUP BY 1) s)::text AS orders_by_status,
              (SELECT COALESCE(sum(total_amt), 0) FROM ord_hdr o WHERE o.cust_no = c.cust_no)::text AS order_total,
              (SELECT COALESCE(sum(total_amt), 0) FROM inv_hdr i WHERE i.cust_no = c.cust_no AND doc_type = 'IN' AND status_cd <> 'V')::text AS invoice_total,
              (SELECT COALESCE(sum(total_amt), 0) FROM inv_hdr i WHERE i.cust_no = c.cust_no AND doc_type = 'CR' AND status_cd <> 'V')::text AS credit_total,
              (SELECT COALESCE(sum(amount), 0) FROM pay_txn p WHERE p.cust_no = c.cust_no)::text AS payment_total
         FROM cust_master c ORDER BY c.cust_no`
    )
    return rows.map((row) => {
      const invoiceTotalCents = cents(row.invoice_total!)
      const creditTotalCents = cents(row.credit_total!)
      const paymentTotalCents = cents(row.payment_total!)
      return {
        custNo: row.cust_no!,
        ordersByStatus: row.orders_by_status ? (JSON.parse(row.orders_by_status) as Record<string, number>) : {},
        orderTotalCents: cents(row.order_total!),
        invoiceTotalCents,
        creditTotalCents,
        paymentTotalCents,
        balanceCents: invoiceTotalCents - creditTotalCents - paymentTotalCents,
      }
    })
  }

  async existingOrders(ordNos: number[]): Promise<Set<number>> {
    if (ordNos.length === 0) return new Set()
    const rows = await this.query<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr WHERE ord_no = ANY($1)`, [ordNos])
    return new Set(rows.map((row) => Number(row.ord_no)))
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
