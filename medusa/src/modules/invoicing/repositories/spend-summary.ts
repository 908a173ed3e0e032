import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import { countsInBalance, sqlCents } from "../../../lib/sql/fragments"

/** A customer's calendar month (YYYY-MM) of documents. */
export interface CustomerMonth {
  customer_id: string
  month: string
}

/** Whose spending a query reads: the account's, and for a person limited to some locations, those locations'. */
export interface SpendScope {
  customerId: string
  /** OrderFlow delivery address ids; null: the whole account (documents without an address included). */
  locations: number[] | null
}

export interface SpendPeriods {
  /** The period shown and the start of the one before it (which ends where the period starts), as months (YYYY-MM). */
  from: string
  to: string
  previousFrom: string
}

export interface SpendMonthRow {
  month: string
  invoices: number
  credit_notes: number
  invoiced_cents: number
  credited_cents: number
}

export interface SpendProductRow {
  sku: string
  description: string
  net_cents: number
  previous_net_cents: number
}

export interface SpendLocationRow {
  location_id: number
  net_cents: number
  previous_net_cents: number
  invoices: number
}

/**
 * The documents of the chosen customer-months (bound as two text arrays) that count (not void): the one definition
 * the summary is built from.
 */
const DOCUMENTS_SQL = `docs AS (
      SELECT i.customer_id, left(i.issue_date, 7) AS month, coalesce(i.deliv_addr_id, 0) AS location_id, i.type, i.number, i.issue_date, i.sub_total, i.lines
        FROM invoice i
       WHERE i.customer_id IS NOT NULL AND i.deleted_at IS NULL AND ${countsInBalance("i")}
         AND (i.customer_id, left(i.issue_date, 7)) IN (SELECT customer_id, month FROM unnest(?::text[], ?::text[]) AS p(customer_id, month))
    )`

const raw = (column: string) => `jsonb_build_object('value', ${column}::text, 'precision', 20)`

/** Writes the month rows of the chosen customer-months (after their old rows were removed). */
const SPEND_MONTH_INSERT_SQL = `WITH ${DOCUMENTS_SQL},
    totals AS (
      SELECT customer_id, month, location_id,
             count(*) FILTER (WHERE type = 'invoice')::int AS invoices, count(*) FILTER (WHERE type = 'credit_note')::int AS credit_notes,
             coalesce(sum(sub_total) FILTER (WHERE type = 'invoice'), 0) AS invoiced, coalesce(sum(sub_total) FILTER (WHERE type = 'credit_note'), 0) AS credited
        FROM docs GROUP BY customer_id, month, location_id
    )
    INSERT INTO invoicing_spend_month (id, customer_id, month, location_id, invoices, credit_notes, invoiced, credited, raw_invoiced, raw_credited)
    SELECT 'spmon_' || replace(gen_random_uuid()::text, '-', ''), customer_id, month, location_id, invoices, credit_notes, invoiced, credited, ${raw("invoiced")}, ${raw("credited")}
      FROM totals`

/**
 * Writes the product rows of the chosen customer-months. A document whose lines do not add up to its total (a
 * header-level charge or rounding) gets an "~adjustment" row for the difference, so products always add up to the
 * month, to the cent.
 */
const SPEND_PRODUCT_INSERT_SQL = `WITH ${DOCUMENTS_SQL},
    line_items AS (
      SELECT d.customer_id, d.month, d.location_id, d.type, d.issue_date, d.number, coalesce(trim(l->>'sku'), '') AS sku, coalesce(l->>'descr', '') AS description,
             (l->>'lineTotalCents')::numeric / 100 AS amount, coalesce((l->>'lineNo')::int, 0) AS line_no
        FROM docs d CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(d.lines) = 'array' THEN d.lines ELSE '[]'::jsonb END) l
    ),
    differences AS (
      SELECT d.customer_id, d.month, d.location_id, d.type, d.issue_date, d.number, '~adjustment' AS sku, 'Charges and adjustments on the document total' AS description,
             d.sub_total - coalesce(sum(li.amount), 0) AS amount, 0 AS line_no
        FROM docs d LEFT JOIN line_items li ON li.number = d.number
       GROUP BY d.customer_id, d.month, d.location_id, d.type, d.issue_date, d.number, d.sub_total
      HAVING d.sub_total <> coalesce(sum(li.amount), 0)
    ),
    items AS (SELECT * FROM line_items UNION ALL SELECT * FROM differences),
    totals AS (
      SELECT customer_id, month, location_id, sku, (array_agg(description ORDER BY issue_date DESC, number DESC, line_no))[1] AS description,
             coalesce(sum(amount) FILTER (WHERE type = 'invoice'), 0) AS invoiced, coalesce(sum(amount) FILTER (WHERE type = 'credit_note'), 0) AS credited
        FROM items GROUP BY customer_id, month, location_id, sku
    )
    INSERT INTO invoicing_spend_product (id, customer_id, month, location_id, sku, description, invoiced, credited, raw_invoiced, raw_credited)
    SELECT 'spprd_' || replace(gen_random_uuid()::text, '-', ''), customer_id, month, location_id, sku, description, invoiced, credited, ${raw("invoiced")}, ${raw("credited")}
      FROM totals`

/**
 * The Insights page's SQL: the per-month, per-location, per-product summary of what an account was invoiced and
 * credited, kept up to date by the sync (`rewrite`), and the page's reads of it.
 */
export class SpendSummaryRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  /** Rewrites the summary of these customer-months from the module's invoices and credit notes, in one transaction. */
  async rewrite(pairs: CustomerMonth[], sharedContext?: Context): Promise<void> {
    const unique = [...new Map(pairs.map((pair) => [`${pair.customer_id}|${pair.month}`, pair])).values()]
    if (!unique.length) return
    const bindings = [unique.map((pair) => pair.customer_id), unique.map((pair) => pair.month)]
    const chosen = `(customer_id, month) IN (SELECT customer_id, month FROM unnest(?::text[], ?::text[]) AS p(customer_id, month))`
    await this.knex(sharedContext).transaction(async (trx) => {
      // The sync applies pages side by side, and two pages can touch one customer-month: one rewrite at a time
      // (each is short), so the second reads what the first wrote instead of inserting the same rows again.
      await trx.raw(`SELECT pg_advisory_xact_lock(hashtext('invoicing_spend_summary'))`)
      await trx.raw(`DELETE FROM invoicing_spend_month WHERE ${chosen}`, bindings)
      await trx.raw(`DELETE FROM invoicing_spend_product WHERE ${chosen}`, bindings)
      await trx.raw(SPEND_MONTH_INSERT_SQL, bindings)
      await trx.raw(SPEND_PRODUCT_INSERT_SQL, bindings)
    })
  }

  /**
   * Moves documents to their order's delivery address as the sync now has it (an order readdressed in OrderFlow, or
   * imported after its invoice) and returns the customer-months whose summary must be rewritten.
   */
  async relocate(orders: { ord_no: number; deliv_addr_id: number | null }[], sharedContext?: Context): Promise<CustomerMonth[]> {
    if (!orders.length) return []
    const { rows } = await this.knex(sharedContext).raw(
      `UPDATE invoice i SET deliv_addr_id = v.deliv_addr_id
         FROM jsonb_to_recordset(?::jsonb) AS v(ord_no int, deliv_addr_id int)
        WHERE i.ord_no = v.ord_no AND i.deleted_at IS NULL AND i.deliv_addr_id IS DISTINCT FROM v.deliv_addr_id
        RETURNING i.customer_id, left(i.issue_date, 7) AS month`,
      [JSON.stringify(orders)]
    )
    return (rows as CustomerMonth[]).filter((row) => row.customer_id)
  }

  /** The customer-months of these documents as stored now (to rewrite the months a changed document leaves). */
  async monthsOfDocuments(numbers: string[], sharedContext?: Context): Promise<CustomerMonth[]> {
    if (!numbers.length) return []
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT DISTINCT customer_id, left(issue_date, 7) AS month FROM invoice WHERE number = ANY(?) AND customer_id IS NOT NULL AND deleted_at IS NULL`,
      [numbers]
    )
    return rows as CustomerMonth[]
  }

  private scopeSql(scope: SpendScope): { sql: string; bindings: (string | number[])[] } {
    return scope.locations === null
      ? { sql: "customer_id = ?", bindings: [scope.customerId] }
      : { sql: "customer_id = ? AND location_id = ANY(?::int[])", bindings: [scope.customerId, scope.locations] }
  }

  /**
   * The Insights page's three reads in one round trip: month by month over both periods (documents counted,
   * amounts invoiced and credited), and net spend (invoiced less credited) per product and per delivery location in
   * the period and the one before, largest first; cents as integers.
   */
  async spending(scope: SpendScope, periods: SpendPeriods, sharedContext?: Context): Promise<{ months: SpendMonthRow[]; products: SpendProductRow[]; locations: SpendLocationRow[] }> {
    const whose = this.scopeSql(scope)
    const within = `${whose.sql} AND month BETWEEN ? AND ? AND deleted_at IS NULL`
    const range = [...whose.bindings, periods.previousFrom, periods.to]
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT
         (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (
            SELECT month, sum(invoices)::int AS invoices, sum(credit_notes)::int AS credit_notes,
                   ${sqlCents("sum(invoiced)")} AS invoiced_cents, ${sqlCents("sum(credited)")} AS credited_cents
              FROM invoicing_spend_month WHERE ${within} GROUP BY month) m) AS months,
         (SELECT coalesce(json_agg(p ORDER BY p.net_cents DESC, p.sku), '[]') FROM (
            SELECT sku, substr(max(month || description), 8) AS description, -- the latest month's (months are 7 characters)
                   ${sqlCents("coalesce(sum(invoiced - credited) FILTER (WHERE month >= ?), 0)")} AS net_cents,
                   ${sqlCents("coalesce(sum(invoiced - credited) FILTER (WHERE month < ?), 0)")} AS previous_net_cents
              FROM invoicing_spend_product WHERE ${within} GROUP BY sku) p) AS products,
         (SELECT coalesce(json_agg(l ORDER BY l.net_cents DESC, l.location_id), '[]') FROM (
            SELECT location_id,
                   ${sqlCents("coalesce(sum(invoiced - credited) FILTER (WHERE month >= ?), 0)")} AS net_cents,
                   ${sqlCents("coalesce(sum(invoiced - credited) FILTER (WHERE month < ?), 0)")} AS previous_net_cents,
                   coalesce(sum(invoices) FILTER (WHERE month >= ?), 0)::int AS invoices
              FROM invoicing_spend_month WHERE ${within} GROUP BY location_id) l) AS locations`,
      [...range, periods.from, periods.from, ...range, periods.from, periods.from, periods.from, ...range]
    )
    return rows[0] as { months: SpendMonthRow[]; products: SpendProductRow[]; locations: SpendLocationRow[] }
  }

  /** The customers with the largest net spend from `fromMonth` on: the seller's side of Insights. */
  async topCustomers(fromMonth: string, limit: number, sharedContext?: Context): Promise<{ customer_id: string; net_cents: number; invoices: number }[]> {
    const { rows } = await this.knex(sharedContext).raw(
      `SELECT customer_id, ${sqlCents("sum(invoiced - credited)")} AS net_cents, sum(invoices)::int AS invoices
         FROM invoicing_spend_month WHERE month >= ? AND deleted_at IS NULL
        GROUP BY customer_id ORDER BY 2 DESC, customer_id LIMIT ?`,
      [fromMonth, limit]
    )
    return (rows as { customer_id: string; net_cents: string; invoices: number }[]).map((row) => ({ ...row, net_cents: Number(row.net_cents) }))
  }
}
