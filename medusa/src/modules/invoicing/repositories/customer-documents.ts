import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { DocumentDetail, DocumentSummary } from "@portal/integrations/invoice-status"
import { johannesburgDay } from "@portal/integrations/locale"
import type { ErpDocumentLine } from "@portal/integrations/orderflow"
import { countsInBalance, sqlCents } from "../../../lib/sql/fragments"

/**
 * Every document of one customer (`:customerId`) with what was paid and credited against it and its payment
 * status, derived live from OrderFlow's allocations, so a payment the sync brings in shows at once. `:today` is the
 * Johannesburg day. The one definition of "outstanding" and of a document's status: every list, detail, summary
 * and widget selects from it.
 */
export const CUSTOMER_DOCUMENTS = `
    WITH documents AS (
      SELECT i.number, i.type, i.ord_no, i.credited_invoice_number, i.issue_date, i.due_date, i.currency_code, i.erp_status,
             ${sqlCents("i.sub_total")} AS sub_total_cents, ${sqlCents("i.vat_total")} AS vat_total_cents, ${sqlCents("i.total")} AS total_cents,
             CASE WHEN i.type = 'invoice' THEN COALESCE((SELECT ${sqlCents("sum(a.amount)")} FROM invoicing_payment_allocation a
                                                        WHERE a.invoice_number = i.number AND a.deleted_at IS NULL), 0) ELSE 0 END AS paid_cents,
             CASE WHEN i.type = 'invoice' THEN COALESCE((SELECT ${sqlCents("sum(c.total)")} FROM invoice c
                                                        WHERE c.credited_invoice_number = i.number AND c.type = 'credit_note'
                                                          AND ${countsInBalance("c")} AND c.deleted_at IS NULL AND c.customer_id = i.customer_id), 0) ELSE 0 END AS credited_cents
        FROM invoice i
       WHERE i.customer_id = :customerId AND i.deleted_at IS NULL
    ), figured AS (
      SELECT d.*, CASE WHEN d.type = 'invoice' AND ${countsInBalance("d")} THEN GREATEST(d.total_cents - d.paid_cents - d.credited_cents, 0) ELSE 0 END AS outstanding_cents
        FROM documents d
    )
    SELECT f.*, CASE WHEN f.erp_status = 'void' THEN 'void'
                     WHEN f.type = 'credit_note' THEN 'credit'
                     WHEN f.outstanding_cents = 0 THEN 'paid'
                     WHEN f.due_date < :today THEN 'overdue'
                     ELSE 'pending' END AS status
      FROM figured f`

const NUMERIC_FIELDS = ["sub_total_cents", "vat_total_cents", "total_cents", "paid_cents", "credited_cents", "outstanding_cents"] as const

function toDocumentSummary(row: Record<string, unknown>): DocumentSummary {
  const summary = { ...row } as Record<string, unknown>
  for (const field of NUMERIC_FIELDS) summary[field] = Number(row[field])
  delete summary.erp_status
  return summary as unknown as DocumentSummary
}

export interface ListDocumentsFilter {
  status: "all" | "open" | "paid" | "pending" | "overdue"
  type: "all" | "invoice" | "credit_note"
  include_void: boolean
  from?: string
  to?: string
  q?: string
  limit: number
  offset: number
  /** Only the documents of these OrderFlow orders (a person limited to some delivery addresses); absent: all. */
  order_numbers?: number[] | null
}

/** A customer's invoices and credit notes, read from this module's tables only. */
export class CustomerDocumentsRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  /** The OrderFlow last_upd each of these documents was last applied at. */
  async appliedVersions(numbers: string[], sharedContext?: Context): Promise<Map<string, string>> {
    if (!numbers.length) return new Map()
    const { rows } = await this.knex(sharedContext).raw(`SELECT number, last_upd FROM invoice WHERE number = ANY(?) AND deleted_at IS NULL`, [numbers])
    return new Map((rows as { number: string; last_upd: string }[]).map((row) => [row.number, row.last_upd]))
  }

  /**
   * Invoices of every customer still owing something whose due date is in [from, to]: what the reminders are about
   * (3 days before the due date, and once it has passed). Outstanding by the one definition above.
   */
  async unpaidDueBetween(from: string, to: string, sharedContext?: Context): Promise<{ customer_id: string; number: string; ord_no: number | null; due_date: string; outstanding_cents: number }[]> {
    const knex = this.knex(sharedContext)
    const { rows: customers } = await knex.raw(
      `SELECT DISTINCT customer_id FROM invoice
        WHERE type = 'invoice' AND erp_status = 'open' AND due_date BETWEEN ? AND ? AND customer_id IS NOT NULL AND deleted_at IS NULL`,
      [from, to]
    )
    const due = []
    for (const { customer_id: customerId } of customers as { customer_id: string }[]) {
      const { rows } = await knex.raw(`${CUSTOMER_DOCUMENTS} WHERE f.type = 'invoice' AND f.outstanding_cents > 0 AND f.due_date BETWEEN :from AND :to`, {
        customerId,
        today: johannesburgDay(),
        from,
        to,
      })
      for (const row of rows as { number: string; ord_no: number | null; due_date: string; outstanding_cents: string }[]) {
        due.push({ customer_id: customerId, number: row.number, ord_no: row.ord_no === null ? null : Number(row.ord_no), due_date: row.due_date, outstanding_cents: Number(row.outstanding_cents) })
      }
    }
    return due
  }

  /** One page of the customer's invoices and credit notes, newest first, with the totals of everything the filter lists. */
  async list(customerId: string, filter: ListDocumentsFilter, sharedContext?: Context) {
    const knex = this.knex(sharedContext)
    const where: string[] = []
    const bindings: Record<string, unknown> = { customerId, today: johannesburgDay() }
    const when = (condition: unknown, sql: string, values: Record<string, unknown> = {}) => {
      if (!condition) return
      where.push(sql)
      Object.assign(bindings, values)
    }
    when(filter.status === "open", `status IN ('pending', 'overdue')`)
    when(filter.status !== "open" && filter.status !== "all", `status = :status`, { status: filter.status })
    when(filter.type !== "all", `type = :type`, { type: filter.type })
    when(!filter.include_void, `status <> 'void'`)
    when(filter.from, `issue_date >= :from`, { from: filter.from })
    when(filter.to, `issue_date <= :to`, { to: filter.to })
    when(filter.order_numbers, `ord_no = ANY(:orderNumbers::int[])`, { orderNumbers: filter.order_numbers })
    if (filter.q) {
      // An invoice or credit note number (any case, with or without leading zeros) or an order number.
      const digits = filter.q.replace(/\D/g, "")
      where.push(`(number ILIKE :numberLike OR (:digits <> '' AND ord_no::text = :digits))`)
      bindings.numberLike = `%${filter.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
      bindings.digits = digits.replace(/^0+/, "")
    }
    const filtered = `SELECT * FROM (${CUSTOMER_DOCUMENTS}) listed ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`
    const [page, totals] = await Promise.all([
      knex.raw(`${filtered} ORDER BY issue_date DESC, number DESC LIMIT :limit OFFSET :offset`, { ...bindings, limit: filter.limit, offset: filter.offset }),
      knex.raw(
        `SELECT count(*)::int AS count,
                COALESCE(sum(total_cents) FILTER (WHERE type = 'invoice' AND status <> 'void'), 0)::bigint AS invoiced_cents,
                COALESCE(sum(total_cents) FILTER (WHERE type = 'credit_note' AND status <> 'void'), 0)::bigint AS credited_cents,
                COALESCE(sum(outstanding_cents), 0)::bigint AS outstanding_cents
           FROM (${filtered}) totals`,
        bindings
      ),
    ])
    const total = totals.rows[0] as Record<string, string | number>
    return {
      documents: (page.rows as Record<string, unknown>[]).map(toDocumentSummary),
      count: Number(total.count),
      totals: { invoiced_cents: Number(total.invoiced_cents), credited_cents: Number(total.credited_cents), outstanding_cents: Number(total.outstanding_cents) },
    }
  }

  /** The documents OrderFlow issued for one of the customer's orders, oldest first (the admin order widget). */
  async listForOrder(customerId: string, ordNo: number, sharedContext?: Context): Promise<DocumentSummary[]> {
    const { rows } = await this.knex(sharedContext).raw(`SELECT * FROM (${CUSTOMER_DOCUMENTS}) d WHERE d.ord_no = :ordNo ORDER BY d.issue_date, d.number`, {
      customerId,
      today: johannesburgDay(),
      ordNo,
    })
    return (rows as Record<string, unknown>[]).map(toDocumentSummary)
  }

  /** One of the customer's documents with lines, payments and credit notes, or null: anyone else's is unknown. */
  async retrieve(customerId: string, number: string, orderNumbers: number[] | null, sharedContext?: Context): Promise<Omit<DocumentDetail, "order"> | null> {
    const knex = this.knex(sharedContext)
    const today = johannesburgDay()
    const { rows } = await knex.raw(
      `SELECT * FROM (${CUSTOMER_DOCUMENTS}) d WHERE number = :number ${orderNumbers ? "AND ord_no = ANY(:orderNumbers::int[])" : ""}`,
      { customerId, today, number, ...(orderNumbers ? { orderNumbers } : {}) }
    )
    if (!rows[0]) return null
    const summary = toDocumentSummary(rows[0] as Record<string, unknown>)
    const related = [summary.number, summary.credited_invoice_number].filter((value): value is string => Boolean(value))
    const [lines, payments, linked] = await Promise.all([
      knex.raw(`SELECT lines FROM invoice WHERE number = ? AND customer_id = ?`, [number, customerId]),
      knex.raw(
        `SELECT p.txn_id, p.paid_on, p.method, p.reference, a.allocated_on, ${sqlCents("a.amount")} AS amount_cents, p.amount < 0 AS reversal
           FROM invoicing_payment_allocation a JOIN invoicing_payment p ON p.txn_id = a.txn_id AND p.deleted_at IS NULL
          WHERE a.invoice_number = ? AND a.deleted_at IS NULL AND p.customer_id = ?
          ORDER BY a.allocated_on, p.txn_id`,
        [number, customerId]
      ),
      knex.raw(
        `SELECT * FROM (${CUSTOMER_DOCUMENTS}) d WHERE (d.credited_invoice_number = :number AND d.type = 'credit_note') OR d.number = ANY(:related)`,
        { customerId, today, number, related }
      ),
    ])
    const linkedDocuments = (linked.rows as Record<string, unknown>[]).map(toDocumentSummary)
    const brief = (document: DocumentSummary) => ({ number: document.number, issue_date: document.issue_date, total_cents: document.total_cents, status: document.status })
    const storedLines = ((lines.rows[0]?.lines ?? []) as ErpDocumentLine[]).map((line) => ({
      line_no: line.lineNo,
      sku: line.sku,
      description: line.descr,
      quantity: line.qtyMilli / 1000,
      unit_price_cents: line.unitPriceCents,
      vat_rate_percent: line.vatRateBasisPoints / 100,
      line_total_cents: line.lineTotalCents,
    }))
    const credited = summary.credited_invoice_number ? linkedDocuments.find((document) => document.number === summary.credited_invoice_number) : undefined
    return {
      ...summary,
      lines: storedLines.sort((a, b) => a.line_no - b.line_no),
      payments: (payments.rows as Record<string, unknown>[]).map((row) => ({ ...(row as DocumentDetail["payments"][number]), amount_cents: Number(row.amount_cents) })),
      credit_notes: linkedDocuments.filter((document) => document.credited_invoice_number === summary.number && document.type === "credit_note").map(brief),
      credited_invoice: credited ? brief(credited) : null,
    }
  }
}
