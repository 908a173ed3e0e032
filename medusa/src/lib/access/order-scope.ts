import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type { CustomerOrderScope } from "../../modules/orderflow-sync/repositories/order-history"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import { portalAccessOf } from "./portal-access"

export type { CustomerOrderScope }

/** The whole account's orders: staff, jobs, and people without a location limit. */
export const wholeAccount = (customerId: string): CustomerOrderScope => ({ customerId, deliveredTo: null })

/**
 * The OrderFlow delivery address ids (cust_address.addr_id, kept on the imported customer addresses) of these
 * customer addresses. An address added in the portal has none until OrderFlow has it, so no order goes there yet.
 */
export async function erpAddressIds(container: MedusaContainer, customerId: string, addressIds: string[]): Promise<number[]> {
  if (!addressIds.length) return []
  const addresses = await container.resolve(Modules.CUSTOMER).listCustomerAddresses({ id: addressIds, customer_id: customerId }, { select: ["id", "metadata"] })
  return addresses.map((address) => Number(address.metadata?.erp_addr_id)).filter((id) => Number.isInteger(id) && id > 0)
}

const scopes = new WeakMap<object, Promise<CustomerOrderScope>>()

/**
 * Whose orders this request may read: the session's account, and for a person limited to some of its delivery
 * addresses ("locations"), only the orders delivered there. Every order query of a signed-in route takes this.
 */
export function orderScope(req: Pick<MedusaRequest, "scope">): Promise<CustomerOrderScope> {
  let scope = scopes.get(req)
  if (!scope) {
    const { customerId, locationIds } = portalAccessOf(req)
    scope = locationIds === null ? Promise.resolve(wholeAccount(customerId)) : erpAddressIds(req.scope, customerId, locationIds).then((deliveredTo) => ({ customerId, deliveredTo }))
    scopes.set(req, scope)
  }
  return scope
}

/**
 * For a person limited to some delivery addresses, the numbers of the orders delivered there (their invoices, credit
 * notes and reorders are theirs to see); null: the whole account's.
 */
export async function orderNumbersInScope(container: MedusaContainer, scope: CustomerOrderScope): Promise<number[] | null> {
  if (scope.deliveredTo === null) return null
  return await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).orderNumbersDeliveredTo(scope.customerId, scope.deliveredTo)
}
