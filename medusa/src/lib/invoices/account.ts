import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { johannesburgDay } from "@portal/integrations/locale"
import type { AccountSummary, PaymentRecord } from "@portal/integrations/invoice-status"
import { customerDocumentsSql } from "./documents"
import { countsInBalance, sqlCents } from "../sql/fragments"

export type { AccountSummary, PaymentRecord }


/** The account summary: balance, overdue, credit limit and available credit, money on account, last payment. */
export async function accountSummary(knex: Knex, customerId: string): Promise<AccountSummary> {
  const [open, balance, account, lastPayment] = await Promise.all([
    knex.raw(
      `SELECT COALESCE(sum(outstanding_cents), 0)::bigint AS open_cents, count(*) FILTER (WHERE outstanding_cents > 0)::int AS open_count,
              COALESCE(sum(outstanding_cents) FILTER (WHERE status = 'overdue'), 0)::bigint AS overdue_cents,
              count(*) FILTER (WHERE status = 'overdue')::int AS overdue_count
         FROM (${customerDocumentsSql()}) d`,
      { customerId, today: johannesburgDay() }
    ),
    knex.raw(
      `SELECT COALESCE((SELECT ${sqlCents("sum(CASE WHEN type = 'invoice' THEN total ELSE -total END)")} FROM invoice
                         WHERE customer_id = :customerId AND ${countsInBalance()} AND deleted_at IS NULL), 0)
            - COALESCE((SELECT ${sqlCents("sum(amount)")} FROM invoicing_payment WHERE customer_id = :customerId AND deleted_at IS NULL), 0) AS balance_cents,
              COALESCE((SELECT ${sqlCents("sum(amount)")} FROM invoicing_payment WHERE customer_id = :customerId AND deleted_at IS NULL), 0)
            - COALESCE((SELECT ${sqlCents("sum(a.amount)")} FROM invoicing_payment_allocation a JOIN invoicing_payment p ON p.txn_id = a.txn_id
                         WHERE p.customer_id = :customerId AND a.deleted_at IS NULL AND p.deleted_at IS NULL), 0) AS on_account_cents`,
      { customerId }
    ),
    knex.raw(`SELECT ${sqlCents("credit_limit")} AS credit_limit_cents, terms_days FROM erp_customer WHERE customer_id = ? AND deleted_at IS NULL`, [customerId]),
    knex.raw(
      `SELECT paid_on, ${sqlCents("amount")} AS amount_cents, method, reference FROM invoicing_payment
        WHERE customer_id = ? AND amount > 0 AND deleted_at IS NULL ORDER BY paid_on DESC, txn_id DESC LIMIT 1`,
      [customerId]
    ),
  ])
  const figures = open.rows[0] as Record<string, string | number>
  const totals = balance.rows[0] as Record<string, string>
  const erp = account.rows[0] as { credit_limit_cents: string; terms_days: number } | undefined
  const balanceCents = Number(totals.balance_cents)
  const creditLimit = erp && Number(erp.credit_limit_cents) > 0 ? Number(erp.credit_limit_cents) : null
  const last = lastPayment.rows[0] as Record<string, string> | undefined
  return {
    balance_cents: balanceCents,
    open_invoices_cents: Number(figures.open_cents),
    open_invoices: Number(figures.open_count),
    overdue_cents: Number(figures.overdue_cents),
    overdue_invoices: Number(figures.overdue_count),
    credit_limit_cents: creditLimit,
    available_credit_cents: creditLimit === null ? null : Math.max(creditLimit - Math.max(balanceCents, 0), 0),
    on_account_cents: Number(totals.on_account_cents),
    last_payment: last ? { paid_on: last.paid_on!, amount_cents: Number(last.amount_cents), method: last.method!, reference: last.reference ?? null } : null,
    terms_days: erp?.terms_days ?? null,
  }
}

/** The customer's payments, newest first, each with its allocations; reversals and what they reversed linked. */
export async function listCustomerPayments(knex: Knex, customerId: string, page: { limit: number; offset: number }) {
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
