import type { ErpAddress } from "@portal/integrations/orderflow"

/** An OrderFlow address (cust_address) in the shape Medusa's customer and order addresses share. */
export function medusaAddressOf(address: ErpAddress) {
  return {
    address_1: address.line1,
    address_2: address.line2 ?? undefined,
    city: address.city,
    province: address.province ?? undefined,
    postal_code: address.postalCode ?? undefined,
    country_code: address.country.toLowerCase(),
  }
}
