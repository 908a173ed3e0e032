import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_ACCESS_MODULE } from "../../modules/customer-access"
import type { AccountRole } from "../../modules/customer-access/models/account-membership"
import type CustomerAccessModuleService from "../../modules/customer-access/service"

const accessOf = (container: MedusaContainer) => container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE)

/** How an account is named in the team page and invitation emails: company, else person, else number. */
export async function accountIdentity(container: MedusaContainer, customerId: string) {
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["id", "company_name", "first_name", "last_name", "metadata"] })
  const customerNumber = typeof customer.metadata?.customer_number === "string" ? customer.metadata.customer_number : null
  return { name: customer.company_name || [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customerNumber || "your account", customerNumber }
}

/** The account's delivery addresses, the locations a person can be limited to. */
export async function accountLocations(container: MedusaContainer, customerId: string) {
  const addresses = await container
    .resolve(Modules.CUSTOMER)
    .listCustomerAddresses({ customer_id: customerId }, { select: ["id", "address_name", "address_1", "city"], order: { created_at: "ASC" } })
  return addresses.map((address) => ({ id: address.id, label: [address.address_name, address.address_1, address.city].filter(Boolean).join(", ") }))
}

/**
 * Location ids as stored: null for "all". Buyers and Viewers can be limited to some of the account's delivery
 * addresses (they then see, and reorder, only the orders delivered there, and read only those orders' invoices);
 * Admins and Accounts people work for the whole account. Ids of another account's addresses are refused by name.
 */
export async function checkedLocations(
  container: MedusaContainer,
  customerId: string,
  role: AccountRole,
  locationIds: string[] | null | undefined
): Promise<string[] | null> {
  if (!locationIds || locationIds.length === 0) return null
  const own = new Set((await accountLocations(container, customerId)).map((location) => location.id))
  const foreign = locationIds.filter((id) => !own.has(id))
  if (foreign.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `These are not delivery addresses of this account: ${foreign.join(", ")}`)
  if (role === "admin" || role === "accounts") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Admins and Accounts people work for the whole account: only Buyers and Viewers can be limited to some delivery addresses.")
  }
  return [...new Set(locationIds)]
}

/**
 * An account keeps at least one active Admin: taking the last one's role or access away is refused, so nobody
 * locks the company out of managing its own people.
 */
export async function assertKeepsAnAdmin(container: MedusaContainer, customerId: string, member: { role: AccountRole; status: string }, newRole: AccountRole | null) {
  if (member.role !== "admin" || member.status !== "active" || newRole === "admin") return
  if ((await accessOf(container).team.countAdmins(customerId)) <= 1) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An account needs at least one Admin. Make someone else Admin first.")
  }
}
