import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { AccountingDocument, AccountingPayment } from "@portal/integrations/accounting"
import type { ErpDocumentLine } from "@portal/integrations/orderflow"
import { countsInBalance, sqlCents } from "../../../lib/sql/fragments"

const BATCH = 250

export type ExportRange = {
  customerId: string
  from: string
  to: string
}

/**
 * A customer's documents and payments for the accounting exports, streamed in keyset batches so a long range runs
 * in constant memory. The streams read outside any transaction (a fresh manager), as they outlive the request's.
 */
export class AccountingExportRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  /**
   * The customer's invoices and credit notes issued in the range, oldest first, read in batches so a long range
   * streams in constant memory. Void documents are left out: they never happened for the books.
   */
  async *documents(range: ExportRange, types: AccountingDocument["type"][]): AsyncGenerator<AccountingDocument> {
    const knex = this.knex()
    let after: { issue_date: string; number: string } | null = null
    for (;;) {
      const { rows } = (await knex.raw(
        `SELECT number, type, issue_date, due_date, ord_no, credited_invoice_number, upper(currency_code) AS currency,
                ${sqlCents("sub_total")} AS sub_total_cents, ${sqlCents("vat_total")} AS vat_cents, ${sqlCents("total")} AS total_cents, lines
           FROM invoice
          WHERE customer_id = :customerId AND deleted_at IS NULL AND ${countsInBalance()} AND type = ANY(:types)
            AND issue_date BETWEEN :from AND :to ${after ? "AND (issue_date, number) > (:afterDate, :afterNumber)" : ""}
          ORDER BY issue_date, number LIMIT :limit`,
        { ...range, types, limit: BATCH, ...(after ? { afterDate: after.issue_date, afterNumber: after.number } : {}) }
      )) as { rows: Record<string, unknown>[] }
      for (const row of rows) {
        yield {
          type: row.type as AccountingDocument["type"],
          number: row.number as string,
          issueDate: row.issue_date as string,
          dueDate: row.due_date as string,
          orderNumber: (row.ord_no as number | null) ?? null,
          creditedInvoiceNumber: (row.credited_invoice_number as string | null) ?? null,
          currency: row.currency as string,
          subTotalCents: Number(row.sub_total_cents),
          vatCents: Number(row.vat_cents),
          totalCents: Number(row.total_cents),
          lines: (row.lines as ErpDocumentLine[])
            .map((line) => ({ ...line, description: line.descr }))
            .sort((a, b) => a.lineNo - b.lineNo),
        }
      }
      if (rows.length < BATCH) return
      const last = rows[rows.length - 1]!
      after = { issue_date: last.issue_date as string, number: last.number as string }
    }
  }

  /** The customer's payments and reversals in the range, oldest first, in batches. */
  async *payments(range: ExportRange): AsyncGenerator<AccountingPayment> {
    const knex = this.knex()
    let afterTxn = 0
    let afterDate = ""
    for (;;) {
      const { rows } = (await knex.raw(
        `SELECT txn_id, paid_on, method, reference, ${sqlCents("amount")} AS amount_cents FROM invoicing_payment
          WHERE customer_id = :customerId AND deleted_at IS NULL AND paid_on BETWEEN :from AND :to AND (paid_on, txn_id) > (:afterDate, :afterTxn)
          ORDER BY paid_on, txn_id LIMIT :limit`,
        { ...range, afterDate, afterTxn, limit: BATCH }
      )) as { rows: Record<string, unknown>[] }
      for (const row of rows) {
        yield { txnId: Number(row.txn_id), paidOn: row.paid_on as string, method: row.method as string, reference: (row.reference as string | null) ?? null, amountCents: Number(row.amount_cents) }
      }
      if (rows.length < BATCH) return
      const last = rows[rows.length - 1]!
      afterTxn = Number(last.txn_id)
      afterDate = last.paid_on as string
    }
  }

  /** How many rows (CSV lines or UBL files) an export will write, so the portal can show progress. */
  async countItems(range: ExportRange, what: { payments: true } | { types: AccountingDocument["type"][]; perLine: boolean }, sharedContext?: Context): Promise<number> {
    const knex = this.knex(sharedContext)
    if ("payments" in what) {
      const { rows } = await knex.raw(`SELECT count(*)::int AS n FROM invoicing_payment WHERE customer_id = :customerId AND deleted_at IS NULL AND paid_on BETWEEN :from AND :to`, range)
      return rows[0].n as number
    }
    const { rows } = await knex.raw(
      `SELECT ${what.perLine ? "COALESCE(sum(jsonb_array_length(lines::jsonb)), 0)" : "count(*)"}::int AS n FROM invoice
        WHERE customer_id = :customerId AND deleted_at IS NULL AND ${countsInBalance()} AND type = ANY(:types) AND issue_date BETWEEN :from AND :to`,
      { ...range, types: what.types }
    )
    return rows[0].n as number
  }
}
