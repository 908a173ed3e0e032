import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type { PaymentRecord, StatementEntryKind } from "@portal/integrations/invoice-status"
import { johannesburgDay } from "@portal/integrations/locale"
import { countsInBalance, sqlCents } from "../../../lib/sql/fragments"
import { CUSTOMER_DOCUMENTS } from "./customer-documents"

/**
 * What a customer owes, in cents: every invoice that counts less every credit note that counts and every payment
 * (a reversal is a negative payment). `before` bounds it to the days before a date binding (a statement's opening
 * balance). The one SQL definition of the balance; statements run it forward in TypeScript from there.
 */
export function balanceCentsSql(before?: string): string {
  return `COALESCE((SELECT ${sqlCents("sum(CASE WHEN type = 'invoice' THEN total ELSE -total END)")} FROM invoice
                     WHERE customer_id = :customerId AND ${countsInBalance()} AND deleted_at IS NULL${before ? ` AND issue_date < ${before}` : ""}), 0)
        - COALESCE((SELECT ${sqlCents("sum(amount)")} FROM invoicing_payment WHERE customer_id = :customerId AND deleted_at IS NULL${before ? ` AND paid_on < ${before}` : ""}), 0)`
}

/** The account's money figures from this module's tables (credit limit and terms are OrderFlow's: the sync module's). */
export interface AccountFigures {
  balance_cents: number
  open_invoices_cents: number
  open_invoices: number
  overdue_cents: number
  overdue_invoices: number
  on_account_cents: number
  last_payment: { paid_on: string; amount_cents: number; method: string; reference: string | null } | null
}

/** A statement's rows: the opening balance, the period's movements, and what each invoice still owed at its end. */
export interface StatementRows {
  opening_cents: number
  movements: { date: string; kind: StatementEntryKind; reference: string | null; ord_no: number | null; credited: string | null; method: string | null; cents: string; txn_id: number }[]
  open: { days_overdue: number; outstanding_cents: string }[]
}

/** A customer's balance, payments and statement figures, read from this module's tables only. */
export class CustomerAccountRepository extends MikroOrmBase {
  private knex(sharedContext?: Context): Knex {
    return this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
  }

  /** Balance, open and overdue invoices, money on account and the last payment. */
  async figures(customerId: string, sharedContext?: Context): Promise<AccountFigures> {
    const knex = this.knex(sharedContext)
    const [open, balance, lastPayment] = await Promise.all([
      knex.raw(
        `SELECT COALESCE(sum(outstanding_cents), 0)::bigint AS open_cents, count(*) FILTER (WHERE outstanding_cents > 0)::int AS open_count,
                COALESCE(sum(outstanding_cents) FILTER (WHERE status = 'overdue'), 0)::bigint AS overdue_cents,
                count(*) FILTER (WHERE status = 'overdue')::int AS overdue_count
           FROM (${CUSTOMER_DOCUMENTS}) d`,
        { customerId, today: johannesburgDay() }
      ),
      knex.raw(
        `SELECT ${balanceCentsSql()} AS balance_cents,
                COALESCE((SELECT ${sqlCents("sum(amount)")} FROM invoicing_payment WHERE customer_id = :customerId AND deleted_at IS NULL), 0)
              - COALESCE((SELECT ${sqlCents("sum(a.amount)")} FROM invoicing_payment_allocation a JOIN invoicing_payment p ON p.txn_id = a.txn_id
                           WHERE p.customer_id = :customerId AND a.deleted_at IS NULL AND p.deleted_at IS NULL), 0) AS on_account_cents`,
        { customerId }
      ),
      knex.raw(
        `SELECT paid_on, ${sqlCents("amount")} AS amount_cents, method, reference FROM invoicing_payment
          WHERE customer_id = ? AND amount > 0 AND deleted_at IS NULL ORDER BY paid_on DESC, txn_id DESC LIMIT 1`,
        [customerId]
      ),
    ])
    const figures = open.rows[0] as Record<string, string | number>
    const totals = balance.rows[0] as Record<string, string>
    const last = lastPayment.rows[0] as Record<string, string> | undefined
    return {
      balance_cents: Number(totals.balance_cents),
      open_invoices_cents: Number(figures.open_cents),
      open_invoices: Number(figures.open_count),
      overdue_cents: Number(figures.overdue_cents),
      overdue_invoices: Number(figures.overdue_count),
      on_account_cents: Number(totals.on_account_cents),
      last_payment: last ? { paid_on: last.paid_on!, amount_cents: Number(last.amount_cents), method: last.method!, reference: last.reference ?? null } : null,
    }
  }

  /** The customer's payments, newest first, each with its allocations; reversals and what they reversed linked. */
  async listPayments(customerId: string, page: { limit: number; offset: number }, sharedContext?: Context): Promise<{ payments: PaymentRecord[]; count: number }> {
    const knex = this.knex(sharedContext)
    const [rows, counted] = await Promise.all([
      knex.raw(
        `SELECT p.txn_id, p.paid_on, p.method, p.reference, ${sqlCents("p.amount")} AS amount_cents,
                COALESCE((SELECT json_agg(json_build_object('invoice_number', a.invoice_number, 'allocated_on', a.allocated_on, 'amount_cents', ${sqlCents("a.amount")}) ORDER BY a.invoice_number)
                            FROM invoicing_payment_allocation a WHERE a.txn_id = p.txn_id AND a.deleted_at IS NULL), '[]') AS allocations,
                (SELECT json_build_object('txn_id', r.txn_id, 'paid_on', r.paid_on) FROM invoicing_payment r
                  WHERE p.amount > 0 AND r.customer_id = p.customer_id AND r.amount = -p.amount AND r.method = p.method
                    AND r.reference IS NOT DISTINCT FROM p.reference AND r.paid_on >= p.paid_on AND r.deleted_at IS NULL ORDER BY r.txn_id LIMIT 1) AS reversed_by,
                (SELECT json_build_object('txn_id', o.txn_id, 'paid_on', o.paid_on) FROM invoicing_payment o
                  WHERE p.amount < 0 AND o.customer_id = p.customer_id AND o.amount = -p.amount AND o.method = p.method
                    AND o.reference IS NOT DISTINCT FROM p.reference AND o.paid_on <= p.paid_on AND o.deleted_at IS NULL ORDER BY o.txn_id DESC LIMIT 1) AS reverses
           FROM invoicing_payment p
          WHERE p.customer_id = ? AND p.deleted_at IS NULL
          ORDER BY p.paid_on DESC, p.txn_id DESC LIMIT ? OFFSET ?`,
        [customerId, page.limit, page.offset]
      ),
      knex.raw(`SELECT count(*)::int AS count FROM invoicing_payment WHERE customer_id = ? AND deleted_at IS NULL`, [customerId]),
    ])
    const payments: PaymentRecord[] = (rows.rows as Record<string, unknown>[]).map((row) => {
      const allocations = (row.allocations as { invoice_number: string; allocated_on: string; amount_cents: number | string }[]).map((allocation) => ({
        ...allocation,
        amount_cents: Number(allocation.amount_cents),
      }))
      const amount = Number(row.amount_cents)
      return {
        txn_id: Number(row.txn_id),
        paid_on: row.paid_on as string,
        method: row.method as string,
        reference: (row.reference as string | null) ?? null,
        amount_cents: amount,
        unallocated_cents: amount - allocations.reduce((sum, allocation) => sum + allocation.amount_cents, 0),
        reversal: amount < 0,
        reversed_by: (row.reversed_by as PaymentRecord["reversed_by"]) ?? null,
        reverses: (row.reverses as PaymentRecord["reverses"]) ?? null,
        allocations,
      }
    })
    return { payments, count: counted.rows[0].count as number }
  }

  /** The rows of the customer's statement for [from, to] (Johannesburg days); void documents never count. */
  async statementRows(customerId: string, from: string, to: string, sharedContext?: Context): Promise<StatementRows> {
    const knex = this.knex(sharedContext)
    const bindings = { customerId, from, to }
    const [opening, movements, open] = await Promise.all([
      knex.raw(
        `SELECT ${balanceCentsSql(":from")} AS cents`,
        bindings
      ),
      knex.raw(
        `SELECT issue_date AS date, type AS kind, number AS reference, ord_no, credited_invoice_number AS credited, NULL AS method, ${sqlCents("total")} AS cents, 0 AS txn_id
           FROM invoice WHERE customer_id = :customerId AND ${countsInBalance()} AND deleted_at IS NULL AND issue_date BETWEEN :from AND :to
         UNION ALL
         SELECT paid_on, CASE WHEN amount < 0 THEN 'reversal' ELSE 'payment' END, reference, NULL, NULL, method, ${sqlCents("amount")}, txn_id
           FROM invoicing_payment WHERE customer_id = :customerId AND deleted_at IS NULL AND paid_on BETWEEN :from AND :to`,
        bindings
      ),
      // What each invoice still owed at the end of the period, by how long it had been due.
      knex.raw(
        `SELECT (:to::date - i.due_date::date) AS days_overdue,
                ${sqlCents("i.total")}
                - COALESCE((SELECT ${sqlCents("sum(a.amount)")} FROM invoicing_payment_allocation a WHERE a.invoice_number = i.number AND a.deleted_at IS NULL AND a.allocated_on <= :to), 0)
                - COALESCE((SELECT ${sqlCents("sum(c.total)")} FROM invoice c WHERE c.credited_invoice_number = i.number AND c.type = 'credit_note' AND c.customer_id = i.customer_id
                              AND ${countsInBalance("c")} AND c.deleted_at IS NULL AND c.issue_date <= :to), 0) AS outstanding_cents
           FROM invoice i
          WHERE i.customer_id = :customerId AND i.type = 'invoice' AND ${countsInBalance("i")} AND i.deleted_at IS NULL AND i.issue_date <= :to`,
        bindings
      ),
    ])
    return { opening_cents: Number(opening.rows[0].cents), movements: movements.rows, open: open.rows }
  }
}
