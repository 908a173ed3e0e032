import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decimalStringToRoundedCents } from "@portal/integrations"

/** What staff need to key one reorder into OrderFlow: who, where to, and each line as SKU and quantity. */
export interface ReorderSheet {
  id: string
  reference: string
  status: "awaiting_entry" | "entered"
  created_at: string
  entered_at: string | null
  erp_ord_no: number | null
  source_ord_no: number | null
  po_ref: string | null
  notes: string | null
  cust_no: string
  customer_id: string
  customer_name: string | null
  order_id: string
  shipping_address: string | null
  lines: { sku: string | null; title: string; quantity: number; unit_price_cents: number }[]
  total_cents: number
}

/** What query.graph gives of a reorder with its customer and order (the reorder → customer and → order links). */
interface ReorderRecord extends Omit<ReorderSheet, "customer_name" | "shipping_address" | "lines" | "total_cents" | "created_at" | "entered_at"> {
  created_at: string | Date
  entered_at: string | Date | null
  customer: { company_name: string | null; first_name: string | null; last_name: string | null } | null
  order: {
    shipping_address: { address_1: string | null; address_2: string | null; city: string | null; postal_code: string | null; province: string | null } | null
    items: { id: string; variant_sku: string | null; title: string; created_at: string | Date; raw_quantity: { value: string }; raw_unit_price: { value: string } }[] | null
  } | null
}

const iso = (value: string | Date) => new Date(value).toISOString()
const filled = (...parts: (string | null | undefined)[]) => parts.map((part) => part?.trim()).filter(Boolean).join(" ")

/**
 * The reorders in the staff queue with their lines, oldest first (the order staff key them in); at most `limit`.
 * Read with query.graph across the reorder module's links to the customer and the native order.
 */
export async function reorderSheets(container: MedusaContainer, filter: { status?: "awaiting_entry" | "entered"; id?: string }, limit = 500): Promise<ReorderSheet[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "reorder",
    fields: [
      "id", "reference", "status", "created_at", "entered_at", "erp_ord_no", "source_ord_no", "po_ref", "notes", "cust_no", "customer_id", "order_id",
      "customer.company_name", "customer.first_name", "customer.last_name",
      "order.shipping_address.*", "order.items.*",
    ],
    filters: { ...(filter.status ? { status: filter.status } : {}), ...(filter.id ? { id: filter.id } : {}) },
    pagination: { take: limit, order: { created_at: "ASC", id: "ASC" } },
  })
  return (data as unknown as ReorderRecord[])
    .filter((reorder) => reorder.customer && reorder.order)
    .map(({ customer, order, ...reorder }) => {
      const lines = [...(order!.items ?? [])]
        .sort((a, b) => iso(a.created_at).localeCompare(iso(b.created_at)) || a.id.localeCompare(b.id))
        .map((item) => ({
          sku: item.variant_sku,
          title: item.title,
          quantity: Number(item.raw_quantity.value),
          unit_price_cents: decimalStringToRoundedCents(item.raw_unit_price.value),
        }))
      const address = order!.shipping_address
      return {
        ...reorder,
        created_at: iso(reorder.created_at),
        entered_at: reorder.entered_at ? iso(reorder.entered_at) : null,
        customer_name: customer!.company_name?.trim() || filled(customer!.first_name, customer!.last_name) || null,
        shipping_address: address ? [address.address_1, address.address_2, address.city, address.postal_code, address.province].filter((part) => part).join(", ") : "",
        lines,
        total_cents: lines.reduce((sum, line) => sum + Math.round(line.quantity * line.unit_price_cents), 0),
      }
    })
}
