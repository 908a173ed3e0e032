import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import type { AccountingParties } from "@portal/integrations/accounting"
import { sellerDetails } from "@portal/integrations/documents"
import { sellerBankAccount } from "@portal/integrations/payments"

export type BilledCustomer = AccountingParties["customer"] & { id: string }

/** The customer as their documents name them: OrderFlow's name and VAT number (once synced), the billing address on file. */
export async function billedCustomer(knex: Knex, customerId: string): Promise<BilledCustomer> {
  const { rows } = await knex.raw(
    `SELECT c.metadata->>'customer_number' AS cust_no, c.email, e.vat_no,
            COALESCE(e.name, NULLIF(c.company_name, ''), NULLIF(concat_ws(' ', c.first_name, c.last_name), ''), c.metadata->>'customer_number') AS name,
            (SELECT json_build_array(a.address_1, a.address_2, concat_ws(' ', a.city, a.postal_code), a.province)
               FROM customer_address a WHERE a.customer_id = c.id AND a.deleted_at IS NULL
              ORDER BY a.is_default_billing DESC, a.created_at LIMIT 1) AS address
       FROM customer c LEFT JOIN erp_customer e ON e.customer_id = c.id AND e.deleted_at IS NULL
      WHERE c.id = ? AND c.deleted_at IS NULL AND c.metadata->>'customer_number' IS NOT NULL`,
    [customerId]
  )
  const row = rows[0] as { cust_no: string; name: string; vat_no: string | null; email: string | null; address: (string | null)[] | null } | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your customer account was not found.")
  return {
    id: customerId,
    number: row.cust_no,
    name: row.name,
    vatNumber: row.vat_no,
    email: row.email,
    addressLines: (row.address ?? []).filter((line): line is string => Boolean(line && line.trim())),
  }
}

/** The seller (from the deployment's settings) and the customer, as the accounting exports and documents need them. */
export function accountingParties(customer: BilledCustomer): AccountingParties {
  const seller = sellerDetails()
  return {
    seller: { name: seller.name, addressLines: seller.lines.slice(0, 1), vatNumber: seller.vatNumber ?? null, bank: sellerBankAccount() },
    customer,
  }
}
