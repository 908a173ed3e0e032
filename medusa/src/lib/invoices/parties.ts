import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { AccountingParties } from "@portal/integrations/accounting"
import { sellerDetails } from "@portal/integrations/documents"
import { sellerBankAccount } from "@portal/integrations/payments"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"

export type BilledCustomer = AccountingParties["customer"] & { id: string }

/** The customer as their documents name them: OrderFlow's name and VAT number (once synced), the billing address on file. */
export async function billedCustomer(container: MedusaContainer, customerId: string): Promise<BilledCustomer> {
  const [customers, erpCustomers] = await Promise.all([
    container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email", "company_name", "first_name", "last_name", "metadata"], relations: ["addresses"] }),
    container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).listErpCustomers({ customer_id: customerId }, { select: ["name", "vat_no"], take: 1 }),
  ])
  const customer = customers[0]
  const number = customer?.metadata?.customer_number
  if (!customer || typeof number !== "string") throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your customer account was not found.")
  const erp = erpCustomers[0]
  const personal = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  // The default billing address, else the oldest one.
  const address = [...(customer.addresses ?? [])].sort(
    (a, b) => Number(b.is_default_billing) - Number(a.is_default_billing) || new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )[0]
  const lines = address ? [address.address_1, address.address_2, [address.city, address.postal_code].filter(Boolean).join(" "), address.province] : []
  return {
    id: customerId,
    number,
    name: erp?.name || customer.company_name || personal || number,
    vatNumber: erp?.vat_no ?? null,
    email: customer.email ?? null,
    addressLines: lines.filter((line): line is string => Boolean(line && line.trim())),
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
