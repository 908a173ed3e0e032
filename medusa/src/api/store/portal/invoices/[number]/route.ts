import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { configuredPaymentProvider, sellerBankAccount } from "@portal/integrations/payments"
import { portalCustomerById } from "../../../../../lib/access/identifier"
import { auditCustomerAction } from "../../../../../lib/access/audit"
import { orderScope } from "../../../../../lib/access/order-scope"
import { assertDocumentNumber, loadCustomerDocument } from "../../../../../lib/invoices/documents"

/**
 * One invoice or credit note: lines, VAT, totals, dates, the payments allocated to it, credit notes against it (or
 * the invoice it credits), the order, and how to pay what is open. Views are audited.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const number = assertDocumentNumber(req.params.number)
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const document = await loadCustomerDocument(req.scope, await orderScope(req), number)
  const open = document.outstanding_cents > 0
  const provider = configuredPaymentProvider()
  const customer = open && provider ? await portalCustomerById(knex, req.auth_context.actor_id) : null
  const payLink =
    provider && customer
      ? await provider.payLink({
          invoiceNumber: number,
          customerNumber: customer.customer_number,
          outstandingCents: document.outstanding_cents,
          currency: document.currency_code.toUpperCase(),
        })
      : null
  await auditCustomerAction(req, { action: "invoice.viewed", target_type: "invoice", target_id: number })
  res.json({
    invoice: document,
    how_to_pay: open ? { eft: { ...sellerBankAccount(), reference: number }, pay_link: payLink ? { url: payLink, label: provider!.label } : null } : null,
  })
}
