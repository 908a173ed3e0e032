import type { Metadata } from "next"
import { retrieveReorderCart } from "@/lib/data/reorders"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export const metadata: Metadata = { title: "Your cart" }

export default async function CartPage() {
  return <CartTemplate cart={await retrieveReorderCart()} />
}
