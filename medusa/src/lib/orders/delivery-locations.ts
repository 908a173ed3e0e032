import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

const sameText = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase()

/**
 * A person limited to some delivery addresses orders for those addresses only: the cart's delivery address must be
 * one of them (street, city and postal code). Refused with the addresses they may use.
 */
export async function assertDeliversToLocations(container: MedusaContainer, customerId: string, locationIds: string[], cartId: string): Promise<void> {
  const [cart] = await container.resolve(Modules.CART).listCarts({ id: cartId, customer_id: customerId }, { relations: ["shipping_address"] })
  const locations = await container
    .resolve(Modules.CUSTOMER)
    .listCustomerAddresses({ id: locationIds, customer_id: customerId }, { select: ["id", "address_name", "address_1", "city", "postal_code"] })
  const to = cart?.shipping_address
  if (to && locations.some((location) => sameText(location.address_1, to.address_1) && sameText(location.city, to.city) && sameText(location.postal_code, to.postal_code))) return
  const names = locations.map((location) => [location.address_name, location.address_1, location.city].filter(Boolean).join(", ")).join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `You order for your own delivery addresses only (${names || "none yet"}). Choose one of them for this order.`)
}
