/** A reorder as the staff queue API returns it (see src/lib/orders/reorder-sheets.ts). */
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
