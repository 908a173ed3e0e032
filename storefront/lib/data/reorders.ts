import "server-only"
import { cookies } from "next/headers"
import { medusa } from "../medusa"
import { customerHeaders } from "./session"

export const REORDER_CART_COOKIE = "portal_reorder_cart"

export interface PendingReorder {
  id: string
  reference: string
  status: "awaiting_entry" | "entered"
  source_ord_no: number | null
  po_ref: string | null
  created_at: string
}

/** Reorders the customer submitted that staff have not yet keyed into OrderFlow. */
export async function listPendingReorders(): Promise<PendingReorder[]> {
  try {
    return (await medusa().client.fetch<{ reorders: PendingReorder[] }>("/store/portal/reorders", { headers: await customerHeaders() })).reorders
  } catch {
    return []
  }
}

export interface ReorderCart {
  id: string
  completed_at: string | null
  metadata: { reorder_of?: number; left_out?: { line_no: number; sku: string | null; description: string; reason: string }[] } | null
  subtotal: number
  tax_total: number
  total: number
  items: { id: string; title: string; variant_sku: string | null; quantity: number; unit_price: number; subtotal: number }[]
  shipping_address: { address_1: string | null; address_2: string | null; city: string | null; province: string | null; postal_code: string | null } | null
}

/** The reorder cart the customer is reviewing (its id is in an HttpOnly cookie), or null when there is none open. */
export async function retrieveReorderCart(): Promise<ReorderCart | null> {
  const id = (await cookies()).get(REORDER_CART_COOKIE)?.value
  if (!id) return null
  try {
    const { cart } = await medusa().client.fetch<{ cart: ReorderCart }>(`/store/carts/${encodeURIComponent(id)}`, {
      query: { fields: "id,completed_at,metadata,subtotal,tax_total,total,*items,items.subtotal,items.total,*shipping_address" },
      headers: await customerHeaders(),
    })
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}
