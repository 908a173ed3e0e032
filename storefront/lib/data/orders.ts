import "server-only"
import { medusa } from "../medusa"
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
    const message = (error as { message?: unknown }).message
    return { error: typeof message === "string" && message ? message : "Your orders could not be loaded. Please try again." }
  }
}
