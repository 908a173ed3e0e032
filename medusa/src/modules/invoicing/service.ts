import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { bulkUpsert, type Row } from "../../lib/bulk-upsert"
import { money } from "../../lib/money-columns"
import { newEntityId } from "../../lib/entity-id"
import { Invoice } from "./models/invoice"
import { Payment } from "./models/payment"
import { PaymentAllocation } from "./models/payment-allocation"
import { Statement } from "./models/statement"
import { countsInBalance, sqlCents } from "../../lib/sql/fragments"

export interface StatementRow {
  customer_id: string
  cust_no: string
  period: string
  from_date: string
  to_date: string
  opening_balance_cents: number
  closing_balance_cents: number
  snapshot: unknown
  email_to: string | null
}

/** Invoices, credit notes, payments and their allocations, as OrderFlow records them. */
class InvoicingModuleService extends MedusaService({ Invoice, Payment, PaymentAllocation, Statement }) {
  /** Invoices and credit notes as OrderFlow has them; returns the numbers of those that were new. */
  @InjectManager()
  async upsertDocuments(rows: Row[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<string[]> {
    return await bulkUpsert(sharedContext.manager!.getKnex(), "invoice", ["number"], rows, { idPrefix: "inv" })
  }

  /**
   * Payments with their allocations; an allocation the ERP no longer lists for a payment is removed. Returns the
   * transaction numbers (as text) of the payments that were new.
   */
  @InjectManager()
  async upsertPayments(payments: Row[], allocations: Row[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const created = await bulkUpsert(knex, "invoicing_payment", ["txn_id"], payments, { idPrefix: "invpay" })
    const txnIds = payments.map((payment) => payment.txn_id as number)
    if (txnIds.length > 0) {
      const keep = allocations.map((allocation) => `${allocation.txn_id}:${allocation.invoice_number}`)
      await knex.raw(
        `DELETE FROM invoicing_payment_allocation WHERE txn_id = ANY(?) AND NOT (txn_id::text || ':' || invoice_number = ANY(?))`,
        [txnIds, keep]
      )
    }
    await bulkUpsert(knex, "invoicing_payment_allocation", ["txn_id", "invoice_number"], allocations, { idPrefix: "invalc" })
    return created
  }

  /**
   * Stores monthly statements that do not exist yet (one per customer and month) and returns the ids of those it
   * created: running the month again creates nothing twice.
   */
  @InjectManager()
  async createStatementsOnce(rows: StatementRow[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<string[]> {
    if (rows.length === 0) return []
    const knex = sharedContext.manager!.getKnex()
    const records = rows.map(({ opening_balance_cents, closing_balance_cents, snapshot, ...row }) => ({
      id: newEntityId("stmt"),
      ...row,
      ...money("opening_balance", opening_balance_cents),
      ...money("closing_balance", closing_balance_cents),
      snapshot: JSON.stringify(snapshot),
    }))
    const inserted = await knex("invoicing_statement")
      .insert(records)
      .onConflict(knex.raw(`(cust_no, period) WHERE deleted_at IS NULL`))
      .ignore()
      .returning("id")
    return (inserted as { id: string }[]).map((row) => row.id)
  }

  /** Per customer number, in cents: non-void invoices, non-void credit notes, and payments (reversals included). */
  @InjectManager()
  async accountFigures(
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<Map<string, { invoiceTotalCents: number; creditTotalCents: number; paymentTotalCents: number }>> {
    const knex = sharedContext.manager!.getKnex()
    const documents = await knex.raw(
      `SELECT cust_no, type, ${sqlCents("sum(total)")}::text AS cents FROM invoice WHERE deleted_at IS NULL AND ${countsInBalance()} GROUP BY cust_no, type`
    )
    const payments = await knex.raw(`SELECT cust_no, ${sqlCents("sum(amount)")}::text AS cents FROM invoicing_payment WHERE deleted_at IS NULL GROUP BY cust_no`)
    const figures = new Map<string, { invoiceTotalCents: number; creditTotalCents: number; paymentTotalCents: number }>()
    const entry = (custNo: string) => {
      const found = figures.get(custNo) ?? { invoiceTotalCents: 0, creditTotalCents: 0, paymentTotalCents: 0 }
      figures.set(custNo, found)
      return found
    }
    for (const row of documents.rows as { cust_no: string; type: string; cents: string }[]) {
      if (row.type === "invoice") entry(row.cust_no).invoiceTotalCents = Number(row.cents)
      else entry(row.cust_no).creditTotalCents = Number(row.cents)
    }
    for (const row of payments.rows as { cust_no: string; cents: string }[]) entry(row.cust_no).paymentTotalCents = Number(row.cents)
    return figures
  }
}

export default InvoicingModuleService
