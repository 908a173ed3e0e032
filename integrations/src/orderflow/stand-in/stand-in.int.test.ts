import { createHash } from "node:crypto"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_CATALOGUE } from "../catalogue"
import { DEMO_CUSTOMERS } from "../demo-customers"
import { createStandInDatabase, generateStandInData, readerUrl, vatOf, type GeneratedCounts } from "./index"

/** A PostgreSQL superuser URL from `npm test`; each test database is created fresh. */
const SERVER = process.env.TEST_POSTGRES_URL ?? "postgres://postgres:postgres@localhost:15430/postgres"
const NOW = new Date("2026-11-01T08:00:00Z")

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: SERVER })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name}`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(SERVER)
  url.pathname = `/${name}`
  return url.toString()
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

const TABLES = ["cust_master", "cust_address", "product", "ord_hdr", "ord_line", "ord_status_hist", "shipment", "inv_hdr", "inv_line", "pay_txn", "pay_alloc"]

async function fingerprint(url: string): Promise<string> {
  const hash = createHash("sha256")
  for (const table of TABLES) {
    const rows = await query<{ row: string }>(url, `SELECT t::text AS row FROM ${table} t ORDER BY 1`)
    for (const { row } of rows) hash.update(row)
  }
  return hash.digest("hex")
}

let url: string
let counts: GeneratedCounts

beforeAll(async () => {
  url = await freshDatabase("orderflow_standin_test")
  expect(await createStandInDatabase(url)).toBe(true)
  counts = await generateStandInData(url, { size: "demo", seed: 7, now: NOW })
}, 120_000)

describe("the stand-in OrderFlow database", () => {
  it("dates nothing after now: a future last_upd would carry the sync's cursor past every real change until then", async () => {
    // OrderFlow keeps Johannesburg wall-clock time (UTC+2) without a zone.
    const nowInErp = new Date(NOW.getTime() + 2 * 60 * 60 * 1000).toISOString().replace("T", " ").slice(0, 19)
    for (const table of ["ord_hdr", "inv_hdr", "pay_txn", "shipment", "cust_master", "product"]) {
      const [row] = await query<{ later: number }>(url, `SELECT count(*)::int AS later FROM ${table} WHERE last_upd > '${nowInErp}'::timestamp`)
      expect({ table, later: row!.later }).toEqual({ table, later: 0 })
    }
  })

  it("creates the ERP's schema once and a role that can read but not write", async () => {
    expect(await createStandInDatabase(url)).toBe(false)
    const reader = new pg.Client({ connectionString: readerUrl(url) })
    await reader.connect()
    try {
      const { rows } = await reader.query("SELECT count(*)::int AS n FROM ord_hdr")
      expect(rows[0].n).toBe(counts.orders)
      await expect(reader.query("UPDATE ord_hdr SET notes = 'x'")).rejects.toThrow(/permission denied/)
      await expect(reader.query("INSERT INTO product (sku, descr, uom, unit_price, last_upd) VALUES ('X', 'x', 'EA', 1, now())")).rejects.toThrow(/permission denied/)
      await expect(reader.query("CREATE TABLE portal_sync_state (id int)")).rejects.toThrow(/permission denied/)
    } finally {
      await reader.end()
    }
  })

  it("is the same data every time for the same seed and day", async () => {
    const again = await freshDatabase("orderflow_standin_again")
    await createStandInDatabase(again)
    await generateStandInData(again, { size: "demo", seed: 7, now: NOW })
    expect(await fingerprint(again)).toBe(await fingerprint(url))
  }, 120_000)

  it("has demo size: tens of customers, thousands of orders, the documented demo customers among them", async () => {
    expect(counts.customers).toBe(40)
    expect(counts.orders).toBeGreaterThan(2_500)
    const demo = await query<{ cust_no: string; email: string }>(url, `SELECT cust_no, email FROM cust_master WHERE cust_no IN (${DEMO_CUSTOMERS.map((c) => `'${c.customerNumber}'`).join(",")})`)
    expect(demo.map((row) => row.email).sort()).toEqual(DEMO_CUSTOMERS.map((c) => c.email).sort())
  })

  it("splits orders across segments in the seed's mix (retail 60 %, restaurants 25 %, events 10 %, individuals 5 %)", async () => {
    const rows = await query<{ segment: string; share: string }>(
      url,
      `SELECT c.segment, round(100.0 * count(*) / sum(count(*)) OVER (), 1)::text AS share FROM ord_hdr o JOIN cust_master c USING (cust_no) GROUP BY c.segment`
    )
    const share = Object.fromEntries(rows.map((row) => [row.segment.trim(), Number(row.share)]))
    expect(share.R).toBeCloseTo(60, -1)
    expect(share.H).toBeCloseTo(25, -1)
    expect(share.E).toBeCloseTo(10, -1)
    expect(share.I).toBeCloseTo(5, -1)
  })

  it("spans 30 months, so some orders fall outside the portal's 24-month window", async () => {
    const [span] = await query<{ oldest: string; older_than_24_months: number }>(
      url,
      `SELECT min(ord_dt)::text AS oldest, count(*) FILTER (WHERE ord_dt < timestamp '2024-11-01')::int AS older_than_24_months FROM ord_hdr`
    )
    expect(span!.oldest < "2024-06-01").toBe(true)
    expect(span!.older_than_24_months).toBeGreaterThan(100)
  })

  it("keeps every order's money consistent to the cent: lines, subtotal, VAT at 15 % and total", async () => {
    const orders = await query<{ sub: string; lines: string; vat: string; total: string }>(
      url,
      `SELECT h.sub_total::text AS sub, COALESCE(sum(l.line_total), 0)::text AS lines, h.vat_amt::text AS vat, h.total_amt::text AS total
         FROM ord_hdr h LEFT JOIN ord_line l USING (ord_no) GROUP BY h.ord_no`
    )
    const cents = (value: string) => Math.round(Number(value) * 100)
    for (const order of orders) {
      expect(cents(order.lines)).toBe(cents(order.sub))
      expect(cents(order.vat)).toBe(vatOf(cents(order.sub)))
      expect(cents(order.total)).toBe(cents(order.sub) + cents(order.vat))
    }
  })

  it("contains each quirk the ERP README lists", async () => {
    const [quirks] = await query<Record<string, number>>(
      url,
      `SELECT
         (SELECT count(*) FROM ord_status_hist h WHERE NOT EXISTS (SELECT 1 FROM ord_hdr o WHERE o.ord_no = h.ord_no))::int AS deleted_draft_history,
         (SELECT count(*) FROM ord_hdr WHERE status_cd = 'DR')::int AS open_drafts,
         (SELECT count(DISTINCT a.ord_no) FROM ord_status_hist a JOIN ord_status_hist b ON a.ord_no = b.ord_no AND b.changed_at > a.changed_at AND a.status_cd = 'SH' AND b.status_cd = 'PR')::int AS recalled,
         (SELECT count(DISTINCT ord_no) FROM ord_status_hist WHERE status_cd = 'HD')::int AS held,
         (SELECT count(*) FROM inv_hdr WHERE doc_type = 'CR' AND orig_inv_no IS NOT NULL AND total_amt > 0)::int AS credit_notes,
         (SELECT count(*) FROM inv_hdr WHERE status_cd = 'V')::int AS void_documents,
         (SELECT count(*) FROM pay_txn WHERE amount < 0)::int AS reversed_payments,
         (SELECT count(*) FROM pay_txn t WHERE t.amount > (SELECT COALESCE(sum(a.amount), 0) FROM pay_alloc a WHERE a.txn_id = t.txn_id))::int AS money_on_account,
         (SELECT count(*) FROM (SELECT txn_id FROM pay_alloc GROUP BY txn_id HAVING count(*) > 1) s)::int AS split_payments,
         (SELECT count(*) FROM cust_master WHERE email IS NULL)::int AS missing_emails,
         (SELECT count(*) FROM cust_master WHERE email <> lower(trim(email)))::int AS messy_emails,
         (SELECT count(*) FROM (SELECT lower(trim(email)) FROM cust_master WHERE email IS NOT NULL GROUP BY 1 HAVING count(*) > 1) s)::int AS shared_emails,
         (SELECT count(*) FROM ord_line l JOIN product p USING (sku) WHERE l.descr <> p.descr)::int AS changed_descriptions,
         (SELECT count(*) FROM ord_line l JOIN product p USING (sku) WHERE p.active_flag = 'N')::int AS discontinued_lines,
         (SELECT count(*) FROM ord_line WHERE qty_shipped < qty AND qty_shipped > 0)::int AS back_ordered,
         (SELECT count(*) FROM shipment WHERE carrier_cd = 'OWN' AND waybill_no IS NULL)::int AS own_fleet`
    )
    for (const [quirk, count] of Object.entries(quirks!)) expect(count, quirk).toBeGreaterThan(0)
    expect(quirks!.deleted_draft_history).toBe(counts.deletedDrafts)
  })

  it("sells the whole catalogue, discontinued products included", async () => {
    const [products] = await query<{ n: number; inactive: number }>(url, `SELECT count(*)::int AS n, count(*) FILTER (WHERE active_flag = 'N')::int AS inactive FROM product`)
    expect(products).toEqual({ n: DEMO_CATALOGUE.length, inactive: DEMO_CATALOGUE.filter((p) => !p.active).length })
  })
})

afterAll(async () => {
  const admin = new pg.Client({ connectionString: SERVER })
  await admin.connect()
  for (const name of ["orderflow_standin_test", "orderflow_standin_again"]) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.end()
})
