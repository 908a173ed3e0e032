import type { Metadata } from "next"
import { retrieveReorderCart } from "@/lib/data/reorders"
import { CartTemplate } from "@/modules/cart/templates/cart-template"
import { PageHelp } from "@/modules/help/components/page-help"

export const metadata: Metadata = { title: "Your cart" }

export default async function CartPage() {
  return (
    <>
      <CartTemplate cart={await retrieveReorderCart()} />
      <PageHelp pages={["cart"]} />
    </>
  )
}
