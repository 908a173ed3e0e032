import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { portalCustomerById } from "../../../../lib/access/identifier"
import { requestInfo } from "../../../../lib/access/request-info"
import { saveCustomerAddressWorkflow } from "../../../../workflows/customer-profile/save-customer-address"
import type { StoreCreateAddressType } from "./validators"

/**
 * Adds (no id), changes or removes (null fields) an address of the signed-in customer. An id that is not one of
 * theirs is "not found", whoever it belongs to.
 */
export async function saveAddress(req: AuthenticatedMedusaRequest, addressId: string | undefined, fields: StoreCreateAddressType | null) {
  const customerId = req.auth_context.actor_id
  if (addressId) {
    const [own] = await req.scope.resolve(Modules.CUSTOMER).listCustomerAddresses({ id: addressId, customer_id: customerId }, { select: ["id"] })
    if (!own) throw new MedusaError(MedusaError.Types.NOT_FOUND, "That address was not found among your addresses.")
  }
  const customer = await portalCustomerById(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), customerId)
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your account was not found.")
  const { result } = await saveCustomerAddressWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      address_id: addressId,
      fields,
      customer_number: customer.customer_number,
      requested_by: customer.email ?? customer.customer_number,
      origin: requestInfo(req),
    },
  })
  return result.after
}
