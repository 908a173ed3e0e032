"use server"

import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import type { FormState } from "./profile-actions"
import { REORDER_CART_COOKIE } from "./reorders"
import { customerHeaders } from "./session"

/** Puts the chosen lines of an order (all when none are ticked off) into a new cart, then opens it for review. */
export async function reorderOrder(_previous: FormState, formData: FormData): Promise<FormState> {
  const ordNo = String(formData.get("ord_no") ?? "")
  const lineNos = formData.getAll("line_no").map((value) => Number(value))
  if (!/^\d{1,9}$/.test(ordNo)) return { error: "That order number is not valid.", done: null }
  if (lineNos.length === 0) return { error: "Tick at least one line to order again.", done: null }
  let cartId: string
  try {
    const made = await medusa().client.fetch<{ cart_id: string }>(`/store/portal/orders/${ordNo}/reorder`, {
      method: "POST",
      body: { line_nos: lineNos },
      headers: await customerHeaders(),
    })
    cartId = made.cart_id
  } catch (error) {
    return { error: messageOf(error, "The reorder could not be made. Please try again."), done: null }
  }
  ;(await cookies()).set(REORDER_CART_COOKIE, cartId, { httpOnly: true, sameSite: "lax", path: "/account", maxAge: 60 * 60 * 24 * 7 })
  redirect("/account/cart")
}

async function cartId(): Promise<string | null> {
  return (await cookies()).get(REORDER_CART_COOKIE)?.value ?? null
}

/** Changes one line's quantity (0 removes it) with Medusa's own cart routes. */
export async function updateCartLine(_previous: FormState, formData: FormData): Promise<FormState> {
  const id = await cartId()
  const lineId = String(formData.get("line_id") ?? "")
  const typed = String(formData.get("quantity") ?? "").trim()
  const quantity = Number(typed)
  if (!id) return { error: "Your cart has expired. Start the reorder again from the order.", done: null }
  // OrderFlow sells by weight and volume too: up to three decimals, as its quantities have.
  if (!/^\d{1,6}(\.\d{1,3})?$/.test(typed) || quantity > 100_000) return { error: "Enter a quantity from 0 to 100 000, with at most three decimals.", done: null }
  try {
    const path = `/store/carts/${encodeURIComponent(id)}/line-items/${encodeURIComponent(lineId)}`
    if (quantity === 0) await medusa().client.fetch(path, { method: "DELETE", headers: await customerHeaders() })
    else await medusa().client.fetch(path, { method: "POST", body: { quantity }, headers: await customerHeaders() })
  } catch (error) {
    return { error: messageOf(error, "The quantity could not be changed. Please try again."), done: null }
  }
  revalidatePath("/account/cart")
  return { error: null, done: quantity === 0 ? "Line removed." : "Quantity updated." }
}

/** Submits the reviewed cart: it becomes an order awaiting entry in OrderFlow, under a WEB- reference. */
export async function submitReorder(_previous: FormState, formData: FormData): Promise<FormState> {
  const id = await cartId()
  if (!id) return { error: "Your cart has expired. Start the reorder again from the order.", done: null }
  const poRef = String(formData.get("po_ref") ?? "").trim()
  const notes = String(formData.get("notes") ?? "").trim()
  let reference: string
  try {
    const { reorder } = await medusa().client.fetch<{ reorder: { reference: string } }>("/store/portal/reorders", {
      method: "POST",
      body: { cart_id: id, ...(poRef ? { po_ref: poRef } : {}), ...(notes ? { notes } : {}) },
      headers: await customerHeaders(),
    })
    reference = reorder.reference
  } catch (error) {
    return { error: messageOf(error, "The order could not be submitted. Please try again."), done: null }
  }
  ;(await cookies()).delete({ name: REORDER_CART_COOKIE, path: "/account" })
  redirect(`/account/orders?submitted=${encodeURIComponent(reference)}`)
}
