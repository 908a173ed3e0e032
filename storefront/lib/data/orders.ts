import "server-only"
import type { OrderDetail, OrderSummary } from "@portal/integrations/order-status"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { customerHeaders } from "./session"

export type { OrderDetail, OrderSummary }

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
