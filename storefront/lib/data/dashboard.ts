import "server-only"
import type { PortalNotification } from "@portal/integrations/notifications"
import { medusa } from "../medusa"
import type { OrderSummary } from "./orders"
import { customerHeaders } from "./session"

export interface Dashboard {
  stages: { pending: number; processing: number; shipped: number; on_hold: number }
  recent_orders: Pick<OrderSummary, "ord_no" | "status" | "ordered_at" | "po_ref" | "promised_date" | "total_cents">[]
  last_order: Pick<OrderSummary, "ord_no" | "status" | "ordered_at"> | null
  status_changes: { ord_no: number; status: OrderSummary["status"]; changed_at: string; remark: string | null; po_ref: string | null }[]
  /** The person's order notifications, newest first; the card falls back to status_changes without any. */
  updates: PortalNotification[]
}

/** The account home's figures in one call; null when they cannot be loaded (the page still shows the rest). */
export async function retrieveDashboard(): Promise<Dashboard | null> {
  try {
    return await medusa().client.fetch<Dashboard>("/store/portal/dashboard", { headers: await customerHeaders() })
  } catch {
    return null
  }
}
