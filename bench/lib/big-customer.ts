/**
 * A running portal (production build, demo data) in which one demo customer has 5,000 more orders, the size the
 * orders benchmarks ask for. The orders are written into the stand-in OrderFlow the way the ERP writes them and
 * reach Medusa through the ordinary sync. The data folder is kept between runs; the orders are added once.
 */
import pg from "pg"
import { centsToDecimalString } from "../../integrations/src/money"
import { DEMO_CATALOGUE, DEMO_CUSTOMERS } from "../../integrations/src/orderflow"
import { loadConfig } from "../../scripts/lib/config"
import { startStack, type RunningStack } from "../../scripts/lib/stack"
import type { ScaleTopology } from "../../scripts/lib/topology"

export const BIG_CUSTOMER = DEMO_CUSTOMERS[0]!
export const BIG_CUSTOMER_ORDERS = 5_000

/** The bench stack on portBase…portBase + 7, below the ephemeral range (32768–60999) that outgoing connections take ports from. */
export function useBenchEnvironment(portBase: number): void {
  Object.assign(process.env, {
    PORTAL_DATA_DIR: ".data/bench-orders",
    POSTGRES_PORT: String(portBase),
    MEDUSA_PORT: String(portBase + 1),
    STOREFRONT_PORT: String(portBase + 2),
    CMS_PORT: String(portBase + 3),
    MAILDEV_SMTP_PORT: String(portBase + 4),
    MAILDEV_WEB_PORT: String(portBase + 5),
    SUPPORT_INBOUND_SMTP_PORT: String(portBase + 6),
    DEMO_IDP_PORT: String(portBase + 7),
    ORDERFLOW_SIMULATOR: "off",
    // The bench signs one account in 500 times, 10 at once; each attempt holds a point of the lockout limit
    // until it succeeds, so the stock five would lock the account. Sign-in limits are not what this measures.
    SIGN_IN_FAILURES_PER_ACCOUNT: "1000",
    SIGN_IN_FAILURES_PER_IP: "1000",
  })
  for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL", "SMTP_URL"]) delete process.env[name]
}

/** Adds the big customer's orders to OrderFlow (once), in the last 23 months, with lines and status history. */
async function addOrders(erp: pg.Pool): Promise<number> {
  const { rows } = await erp.query<{ count: number }>(`SELECT count(*)::int AS count FROM ord_hdr WHERE cust_no = $1 AND cust_po_ref LIKE 'BENCH-%'`, [BIG_CUSTOMER.customerNumber])
  if (rows[0]!.count >= BIG_CUSTOMER_ORDERS) return 0
  const products = DEMO_CATALOGUE.filter((product) => product.active)
  const client = await erp.connect()
  try {
    await client.query("BEGIN")
    const { rows: start } = await client.query<{ next: number }>(`SELECT coalesce(max(ord_no), 100000) + 1 AS next FROM ord_hdr`)
    const first = start[0]!.next
    // Johannesburg wall-clock timestamps, as OrderFlow stores them; delivered unless recent.
    await client.query(
      `INSERT INTO ord_hdr (ord_no, cust_no, ord_dt, status_cd, cust_po_ref, sub_total, vat_amt, total_amt, promised_dt, last_upd)
       SELECT $1 + i, $2, ts, CASE WHEN i % 50 = 0 THEN 'PE' WHEN i % 50 = 1 THEN 'PR' WHEN i % 50 = 2 THEN 'SH' WHEN i % 97 = 0 THEN 'CN' ELSE 'DL' END,
              'BENCH-' || i, 0, 0, 0, (ts + interval '3 days')::date, timezone('Africa/Johannesburg', now())
         FROM generate_series(0, $3 - 1) AS i,
              LATERAL (SELECT timezone('Africa/Johannesburg', now()) - (i::double precision / $3) * interval '690 days' AS ts) t`,
      [first, BIG_CUSTOMER.customerNumber, BIG_CUSTOMER_ORDERS]
    )
    // Five lines per order from the active catalogue; totals follow from the lines.
    await client.query(
      `INSERT INTO ord_line (ord_no, line_no, sku, descr, qty, uom, unit_price, line_total)
       SELECT $1 + i, l, p.sku, p.descr, 1 + (i + l) % 9, 'EA', p.price, (1 + (i + l) % 9) * p.price
         FROM generate_series(0, $2 - 1) AS i, generate_series(1, 5) AS l,
              LATERAL (SELECT sku, descr, price FROM unnest($3::text[], $4::text[], $5::numeric[]) AS c(sku, descr, price) OFFSET ((i * 7 + l * 13) % $6) LIMIT 1) p`,
      [first, BIG_CUSTOMER_ORDERS, products.map((p) => p.sku), products.map((p) => p.description), products.map((p) => centsToDecimalString(p.priceCents)), products.length]
    )
    await client.query(
      `UPDATE ord_hdr h SET sub_total = s.sub, vat_amt = round(s.sub * 0.15, 2), total_amt = s.sub + round(s.sub * 0.15, 2)
         FROM (SELECT ord_no, sum(line_total) AS sub FROM ord_line WHERE ord_no >= $1 GROUP BY ord_no) s
        WHERE h.ord_no = s.ord_no`,
      [first]
    )
    await client.query(
      `UPDATE ord_line l SET qty_shipped = l.qty FROM ord_hdr h WHERE h.ord_no = l.ord_no AND h.ord_no >= $1 AND h.status_cd IN ('SH', 'DL')`,
      [first]
    )
    await client.query(
      `INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by)
       SELECT h.ord_no, s.status, h.ord_dt + s.step * interval '1 day', 'BENCH'
         FROM ord_hdr h, LATERAL (VALUES ('PE', 0), ('CF', 0.1), ('PR', 1), ('PK', 1.5), ('SH', 2), ('DL', 3)) AS s(status, step)
        WHERE h.ord_no >= $1
          AND array_position(ARRAY['PE','CF','PR','PK','SH','DL'], s.status) <= coalesce(array_position(ARRAY['PE','CF','PR','PK','SH','DL'], trim(h.status_cd)), 1)`,
      [first]
    )
    await client.query("COMMIT")
    return BIG_CUSTOMER_ORDERS
  } catch (error) {
    await client.query("ROLLBACK")
    throw error
  } finally {
    client.release()
  }
}

/**
 * Invoices the big customer's bench orders (once) the way OrderFlow does on confirmation, copying their lines, and
 * credits every 40th delivered one for a tenth of its first line: what the Insights benchmark reads.
 */
async function addInvoices(erp: pg.Pool): Promise<number> {
  const { rows } = await erp.query<{ count: number }>(`SELECT count(*)::int AS count FROM inv_hdr WHERE cust_no = $1 AND inv_no LIKE 'INV9%'`, [BIG_CUSTOMER.customerNumber])
  if (rows[0]!.count > 0) return 0
  const client = await erp.connect()
  try {
    await client.query("BEGIN")
    const { rows: invoiced } = await client.query<{ count: number }>(
      `WITH bench AS (
         SELECT h.ord_no, h.ord_dt, h.sub_total, h.vat_amt, h.total_amt, row_number() OVER (ORDER BY h.ord_no) AS n
           FROM ord_hdr h WHERE h.cust_no = $1 AND h.cust_po_ref LIKE 'BENCH-%' AND trim(h.status_cd) NOT IN ('PE', 'CN'))
       INSERT INTO inv_hdr (inv_no, doc_type, cust_no, ord_no, inv_dt, due_dt, sub_total, vat_amt, total_amt, currency, status_cd, last_upd)
       SELECT 'INV9' || lpad(n::text, 6, '0'), 'IN', $1, ord_no, ord_dt::date, ord_dt::date + 30, sub_total, vat_amt, total_amt, 'ZAR', 'O', timezone('Africa/Johannesburg', now())
         FROM bench RETURNING 1`,
      [BIG_CUSTOMER.customerNumber]
    )
    await client.query(
      `INSERT INTO inv_line (inv_no, line_no, sku, descr, qty, unit_price, vat_rate, line_total)
       SELECT i.inv_no, l.line_no, l.sku, l.descr, l.qty, l.unit_price, 15.00, l.line_total
         FROM inv_hdr i JOIN ord_line l ON l.ord_no = i.ord_no WHERE i.cust_no = $1 AND i.inv_no LIKE 'INV9%'`,
      [BIG_CUSTOMER.customerNumber]
    )
    await client.query(
      `WITH credited AS (
         SELECT i.inv_no, i.ord_no, i.inv_dt, round(l.line_total / 10, 2) AS amount, l.descr, row_number() OVER (ORDER BY i.inv_no) AS n
           FROM inv_hdr i JOIN ord_line l ON l.ord_no = i.ord_no AND l.line_no = 1
          WHERE i.cust_no = $1 AND i.inv_no LIKE 'INV9%' AND substr(i.inv_no, 5)::int % 40 = 0),
       notes AS (
         INSERT INTO inv_hdr (inv_no, doc_type, cust_no, ord_no, orig_inv_no, inv_dt, due_dt, sub_total, vat_amt, total_amt, currency, status_cd, last_upd)
         SELECT 'CRN9' || lpad(n::text, 6, '0'), 'CR', $1, ord_no, inv_no, inv_dt + 3, inv_dt + 3, amount, round(amount * 0.15, 2), amount + round(amount * 0.15, 2), 'ZAR', 'O', timezone('Africa/Johannesburg', now())
           FROM credited RETURNING inv_no, sub_total)
       INSERT INTO inv_line (inv_no, line_no, sku, descr, qty, unit_price, vat_rate, line_total)
       SELECT inv_no, 1, NULL, 'Short delivery credit', 1, sub_total, 15.00, sub_total FROM notes`,
      [BIG_CUSTOMER.customerNumber]
    )
    await client.query("COMMIT")
    return invoiced.length
  } catch (error) {
    await client.query("ROLLBACK")
    throw error
  } finally {
    client.release()
  }
}

/** Starts the portal and waits until Medusa holds all of the big customer's orders. */
export async function startWithBigCustomer(topology: ScaleTopology | null = null): Promise<RunningStack> {
  console.log(`starting the portal (production build${topology ? ", scale topology" : ""}, ${process.env.ORDERFLOW_STAND_IN_SIZE ?? "demo"} data; builds and imports on the first run)…`)
  const stack = await startStack(loadConfig(), (line) => console.log(`  ${line}`), "production", topology)
  const erp = new pg.Pool({ connectionString: stack.config.postgres.orderflowUrl, max: 2 })
  const medusa = new pg.Pool({ connectionString: stack.config.postgres.medusaUrl, max: 2 })
  try {
    const added = await addOrders(erp)
    if (added) console.log(`added ${added} orders to ${BIG_CUSTOMER.customerNumber} in OrderFlow; waiting for the sync…`)
    const invoices = await addInvoices(erp)
    if (invoices) console.log(`invoiced ${invoices} of those orders in OrderFlow`)
    const { rows: erpCount } = await erp.query<{ count: number }>(`SELECT count(*)::int AS count FROM ord_hdr WHERE cust_no = $1`, [BIG_CUSTOMER.customerNumber])
    const { rows: erpInvoices } = await erp.query<{ count: number }>(`SELECT count(*)::int AS count FROM inv_hdr WHERE cust_no = $1 AND inv_no LIKE 'INV9%'`, [BIG_CUSTOMER.customerNumber])
    const started = Date.now()
    for (;;) {
      const { rows } = await medusa.query<{ count: number }>(`SELECT count(*)::int AS count FROM erp_order WHERE cust_no = $1 AND deleted_at IS NULL`, [BIG_CUSTOMER.customerNumber])
      const { rows: documents } = await medusa.query<{ count: number }>(`SELECT count(*)::int AS count FROM invoice WHERE cust_no = $1 AND number LIKE 'INV9%'`, [BIG_CUSTOMER.customerNumber])
      if (rows[0]!.count >= erpCount[0]!.count && documents[0]!.count >= erpInvoices[0]!.count) {
        console.log(`${BIG_CUSTOMER.customerNumber} has ${rows[0]!.count} orders in Medusa${added ? ` (synced in ${((Date.now() - started) / 1000).toFixed(1)} s)` : ""}`)
        break
      }
      if (Date.now() - started > 300_000) throw new Error(`the sync did not bring in ${BIG_CUSTOMER.customerNumber}'s orders within 5 minutes`)
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  } catch (error) {
    await stack.stop()
    throw error
  } finally {
    await Promise.all([erp.end(), medusa.end()])
  }
  return stack
}
