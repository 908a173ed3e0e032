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
import { SpendMonth, SpendProduct } from "./models/spend-summary"
import { countsInBalance, sqlCents } from "../../lib/sql/fragments"
import { type RowSnapshot, restoreRows, snapshotRows } from "../../lib/sql/row-snapshot"
import type { AccountingDocument, AccountingPayment } from "@portal/integrations/accounting"
import type { DocumentDetail, DocumentSummary, PaymentRecord } from "@portal/integrations/invoice-status"
import type { AccountingExportRepository, ExportRange } from "./repositories/accounting-export"
import type { AccountFigures, CustomerAccountRepository, StatementRows } from "./repositories/customer-account"
import type { CustomerDocumentsRepository, ListDocumentsFilter } from "./repositories/customer-documents"
import type { CustomerMonth, SpendPeriods, SpendScope, SpendSummaryRepository } from "./repositories/spend-summary"

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

const SYNCED_TABLES = ["invoice", "invoicing_payment", "invoicing_payment_allocation"] as const
type SyncedTable = (typeof SYNCED_TABLES)[number]

/** Invoices, credit notes, payments and their allocations, as OrderFlow records them. */
class InvoicingModuleService extends MedusaService({ Invoice, Payment, PaymentAllocation, Statement, SpendMonth, SpendProduct }) {
  protected readonly documents_: CustomerDocumentsRepository
  protected readonly account_: CustomerAccountRepository
  protected readonly exports_: AccountingExportRepository
  protected readonly spend_: SpendSummaryRepository

  constructor(dependencies: {
    customerDocumentsRepository: CustomerDocumentsRepository
    customerAccountRepository: CustomerAccountRepository
    accountingExportRepository: AccountingExportRepository
    spendSummaryRepository: SpendSummaryRepository
  }) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService takes the module's whole container, as in Medusa's own modules
    super(...arguments)
    this.documents_ = dependencies.customerDocumentsRepository
    this.account_ = dependencies.customerAccountRepository
    this.exports_ = dependencies.accountingExportRepository
    this.spend_ = dependencies.spendSummaryRepository
  }

  /** The OrderFlow last_upd each of these documents was last applied at: the sync skips what it already has. */
  @InjectManager()
  async appliedDocumentVersions(numbers: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, string>> {
    return await this.documents_.appliedVersions(numbers, sharedContext)
  }

  /** The customer-months these documents are in now (before a change moves or voids them). */
  @InjectManager()
  async spendMonthsOfDocuments(numbers: string[], @MedusaContext() sharedContext: Context = {}): Promise<CustomerMonth[]> {
    return await this.spend_.monthsOfDocuments(numbers, sharedContext)
  }

  /** Moves documents to their orders' delivery addresses as the sync now has them, and rewrites the months touched. */
  @InjectManager()
  async relocateDocuments(orders: { ord_no: number; deliv_addr_id: number | null }[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.spend_.rewrite(await this.spend_.relocate(orders, sharedContext), sharedContext)
  }

  /** Rewrites the spending summary of these customer-months from their documents. */
  @InjectManager()
  async rewriteSpendSummaries(pairs: CustomerMonth[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.spend_.rewrite(pairs, sharedContext)
  }

  /** The customers with the largest net spend from a month on. */
  @InjectManager()
  async topCustomersBySpend(fromMonth: string, limit: number, @MedusaContext() sharedContext: Context = {}) {
    return await this.spend_.topCustomers(fromMonth, limit, sharedContext)
  }

  /** The Insights page's figures for a customer (within a person's locations): months, products, locations. */
  @InjectManager()
  async spending(scope: SpendScope, periods: SpendPeriods, @MedusaContext() sharedContext: Context = {}) {
    return await this.spend_.spending(scope, periods, sharedContext)
  }

  /** Unpaid invoices of every customer due in [from, to] (Johannesburg days), for the due-date reminders. */
  @InjectManager()
  async unpaidInvoicesDueBetween(from: string, to: string, @MedusaContext() sharedContext: Context = {}) {
    return await this.documents_.unpaidDueBetween(from, to, sharedContext)
  }

  /** One page of a customer's invoices and credit notes with the filter's totals. */
  @InjectManager()
  async listCustomerDocuments(
    customerId: string,
    filter: ListDocumentsFilter,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ documents: DocumentSummary[]; count: number; totals: { invoiced_cents: number; credited_cents: number; outstanding_cents: number } }> {
    return await this.documents_.list(customerId, filter, sharedContext)
  }

  /**
   * One of the customer's documents with lines, payments and credit notes, or null for anyone else's (and, given
   * order numbers, for a document of another order).
   */
  @InjectManager()
  async retrieveCustomerDocument(
    customerId: string,
    number: string,
    orderNumbers: number[] | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Omit<DocumentDetail, "order"> | null> {
    return await this.documents_.retrieve(customerId, number, orderNumbers, sharedContext)
  }

  /** The documents OrderFlow issued for one of the customer's orders. */
  @InjectManager()
  async listOrderDocuments(customerId: string, ordNo: number, @MedusaContext() sharedContext: Context = {}): Promise<DocumentSummary[]> {
    return await this.documents_.listForOrder(customerId, ordNo, sharedContext)
  }

  /** A customer's balance, open and overdue invoices, money on account and last payment. */
  @InjectManager()
  async customerAccountFigures(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<AccountFigures> {
    return await this.account_.figures(customerId, sharedContext)
  }

  /** A customer's payments, newest first, with allocations and reversals. */
  @InjectManager()
  async listCustomerPayments(customerId: string, page: { limit: number; offset: number }, @MedusaContext() sharedContext: Context = {}): Promise<{ payments: PaymentRecord[]; count: number }> {
    return await this.account_.listPayments(customerId, page, sharedContext)
  }

  /** The rows a customer's statement for [from, to] is built from. */
  @InjectManager()
  async customerStatementRows(customerId: string, from: string, to: string, @MedusaContext() sharedContext: Context = {}): Promise<StatementRows> {
    return await this.account_.statementRows(customerId, from, to, sharedContext)
  }

  /** How many rows an accounting export will write (its progress bar). */
  @InjectManager()
  async countExportItems(
    range: ExportRange,
    what: { payments: true } | { types: AccountingDocument["type"][]; perLine: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return await this.exports_.countItems(range, what, sharedContext)
  }

  /** A customer's counted documents in the range, oldest first, streamed. */
  exportDocuments(range: ExportRange, types: AccountingDocument["type"][]): AsyncGenerator<AccountingDocument> {
    return this.exports_.documents(range, types)
  }

  /** A customer's payments and reversals in the range, oldest first, streamed. */
  exportPayments(range: ExportRange): AsyncGenerator<AccountingPayment> {
    return this.exports_.payments(range)
  }

  /** The module's synced rows as they are, for a workflow step's compensation (see restoreSyncedRows). */
  @InjectManager()
  async snapshotSyncedRows(table: SyncedTable, key: string, keys: string[] | number[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<RowSnapshot> {
    return await snapshotRows(sharedContext.manager!.getKnex(), table, key, keys)
  }

  /** Puts rows back as a snapshot held them: rows added since disappear, rows changed since get their old values. */
  @InjectManager()
  async restoreSyncedRows(snapshots: RowSnapshot[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    const foreign = snapshots.find((snapshot) => !SYNCED_TABLES.includes(snapshot.table as SyncedTable))
    if (foreign) throw new Error(`${foreign.table} is not a synced table of the invoicing module`)
    await restoreRows(sharedContext.manager!.getKnex(), ...snapshots)
  }

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
  ): Promise<Map<string, { invoiceTotalCents: number; creditTotalCents: number; paymentTotalCents: number; balanceCents: number }>> {
    const knex = sharedContext.manager!.getKnex()
    const documents = await knex.raw(
      `SELECT cust_no, type, ${sqlCents("sum(total)")}::text AS cents FROM invoice WHERE deleted_at IS NULL AND ${countsInBalance()} GROUP BY cust_no, type`
    )
    const payments = await knex.raw(`SELECT cust_no, ${sqlCents("sum(amount)")}::text AS cents FROM invoicing_payment WHERE deleted_at IS NULL GROUP BY cust_no`)
    const figures = new Map<string, { invoiceTotalCents: number; creditTotalCents: number; paymentTotalCents: number; balanceCents: number }>()
    const entry = (custNo: string) => {
      const found = figures.get(custNo) ?? { invoiceTotalCents: 0, creditTotalCents: 0, paymentTotalCents: 0, balanceCents: 0 }
      figures.set(custNo, found)
      return found
    }
    for (const row of documents.rows as { cust_no: string; type: string; cents: string }[]) {
      if (row.type === "invoice") entry(row.cust_no).invoiceTotalCents = Number(row.cents)
      else entry(row.cust_no).creditTotalCents = Number(row.cents)
    }
    for (const row of payments.rows as { cust_no: string; cents: string }[]) entry(row.cust_no).paymentTotalCents = Number(row.cents)
    // The balance rule of balanceCentsSql, on the totals just read.
    for (const figure of figures.values()) figure.balanceCents = figure.invoiceTotalCents - figure.creditTotalCents - figure.paymentTotalCents
    return figures
  }
}

export default InvoicingModuleService
