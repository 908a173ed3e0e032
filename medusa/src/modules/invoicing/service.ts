import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { bulkUpsert, type Row } from "../../lib/bulk-upsert"
import { Invoice } from "./models/invoice"
import { Payment } from "./models/payment"
import { PaymentAllocation } from "./models/payment-allocation"

/** Invoices, credit notes, payments and their allocations, as OrderFlow records them. */
class InvoicingModuleService extends MedusaService({ Invoice, Payment, PaymentAllocation }) {
  @InjectManager()
  async upsertDocuments(rows: Row[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    await bulkUpsert(sharedContext.manager!.getKnex(), "invoice", ["number"], rows, { idPrefix: "inv" })
  }

  /** Payments with their allocations; an allocation the ERP no longer lists for a payment is removed. */
  @InjectManager()
  async upsertPayments(payments: Row[], allocations: Row[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    await bulkUpsert(knex, "invoicing_payment", ["txn_id"], payments, { idPrefix: "invpay" })
    const txnIds = payments.map((payment) => payment.txn_id as number)
    if (txnIds.length > 0) {
      const keep = allocations.map((allocation) => `${allocation.txn_id}:${allocation.invoice_number}`)
      await knex.raw(
        `DELETE FROM invoicing_payment_allocation WHERE txn_id = ANY(?) AND NOT (txn_id::text || ':' || invoice_number = ANY(?))`,
        [txnIds, keep]
      )
    }
    await bulkUpsert(knex, "invoicing_payment_allocation", ["txn_id", "invoice_number"], allocations, { idPrefix: "invalc" })
  }
}

export default InvoicingModuleService
