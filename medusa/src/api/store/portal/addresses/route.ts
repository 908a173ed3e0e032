import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { saveAddress } from "./save-address"
import type { StoreCreateAddressType } from "./validators"

export const ADDRESS_FIELDS = ["id", "address_name", "company", "first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone", "is_default_shipping"]

/** The signed-in customer's delivery addresses, default first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const addresses = await req.scope
    .resolve(Modules.CUSTOMER)
    .listCustomerAddresses({ customer_id: req.auth_context.actor_id }, { select: ADDRESS_FIELDS, order: { created_at: "ASC" } })
  addresses.sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping))
  res.json({ addresses })
}

export async function POST(req: AuthenticatedMedusaRequest<StoreCreateAddressType>, res: MedusaResponse) {
  const address = await saveAddress(req, undefined, req.validatedBody)
  res.status(201).json({ address })
}
