import type { Metadata } from "next"
import { retrieveReorderCart } from "@/lib/data/reorders"
import { CartTemplate } from "@/modules/cart/templates/cart-template"
import { requirePermission } from "@/lib/data/me"

export const metadata: Metadata = { title: "Your cart" }

export default async function CartPage() {
  await requirePermission("orders.buy")
  return <CartTemplate cart={await retrieveReorderCart()} />
}
