import "server-only"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { customerHeaders } from "./session"

export interface OrderSummary {
  ord_no: number
  order_id: string | null
  status: "DR" | "PE" | "CF" | "PR" | "PK" | "SH" | "DL" | "CN" | "HD"
  ordered_at: string
  po_ref: string | null
  promised_date: string | null
  eta_date: string | null
  total_cents: number
  currency_code: string
}

export interface OrderHistoryQuery {
  q?: string
  status?: string
  from?: string
  to?: string
  sort?: string
  order?: string
  limit: number
  offset: number
}

export type OrderHistory = { orders: OrderSummary[]; count: number } | { error: string }

/** One page of the customer's order history; a refused filter comes back as its message. */
export async function listOrders(query: OrderHistoryQuery): Promise<OrderHistory> {
  const params = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ""))
  try {
    return await medusa().client.fetch<{ orders: OrderSummary[]; count: number }>("/store/portal/orders", { query: params, headers: await customerHeaders() })
  } catch (error) {
    return { error: messageOf(error, "Your orders could not be loaded. Please try again.") }
  }
}

export interface OrderDetail extends OrderSummary {
  status_changed_at: string | null
  requested_date: string | null
  notes: string | null
  portal_reference: string | null
  sub_total_cents: number
  vat_total_cents: number
  delivery_address: { address_1: string | null; address_2: string | null; city: string | null; province: string | null; postal_code: string | null; country_code: string | null } | null
  timeline: { status: OrderSummary["status"]; changed_at: string; remark: string | null }[]
  shipments: {
    ship_id: number
    carrier: string
    carrier_name: string
    own_fleet: boolean
    tracking_url: string | null
    waybill: string | null
    shipped_at: string | null
    eta_date: string | null
    delivered_at: string | null
    pod_name: string | null
  }[]
  lines: {
    line_no: number
    sku: string | null
    description: string
    uom: string | null
    quantity: number
    quantity_shipped: number
    quantity_back_ordered: number
    unit_price_cents: number
    discount_percent: number
    line_total_cents: number
  }[]
}

/** One of the customer's orders, or null when it is not theirs or not visible (the backend answers 404). */
export async function retrieveOrder(ordNo: string): Promise<OrderDetail | null> {
  if (!/^\d{1,9}$/.test(ordNo)) return null
  try {
    const { order } = await medusa().client.fetch<{ order: OrderDetail }>(`/store/portal/orders/${ordNo}`, { headers: await customerHeaders() })
    return order
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}
