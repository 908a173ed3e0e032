import type { ErpOrderStatus } from "../orderflow/reader/types.js"

/** What a buyer calls each OrderFlow status. */
export const ORDER_STATUS_LABEL: Record<ErpOrderStatus, string> = {
  DR: "Draft",
  PE: "Pending",
  CF: "Confirmed",
  PR: "Processing",
  PK: "Packing",
  HD: "On hold",
  SH: "Shipped",
  DL: "Delivered",
  CN: "Cancelled",
}

/** The filters of the order history, as OrderFlow statuses. */
export const ORDER_STATUS_GROUPS = {
  active: ["PE", "CF", "PR", "PK", "HD", "SH"],
  delivered: ["DL"],
  cancelled: ["CN"],
  drafts: ["DR"],
} as const satisfies Record<string, ErpOrderStatus[]>

export type OrderStatusGroup = keyof typeof ORDER_STATUS_GROUPS

/** The stages a buyer follows an order through, and the dashboard counts active orders by. */
export const ORDER_STAGES = ["pending", "processing", "shipped", "delivered"] as const
export type OrderStage = (typeof ORDER_STAGES)[number]
export const ORDER_STAGE_LABEL: Record<OrderStage, string> = { pending: "Pending", processing: "Processing", shipped: "Shipped", delivered: "Delivered" }

/** The stage an OrderFlow status belongs to; drafts, holds and cancellations are not a stage of their own. */
export function stageOf(status: ErpOrderStatus): OrderStage | null {
  switch (status) {
    case "PE":
      return "pending"
    case "CF":
    case "PR":
    case "PK":
      return "processing"
    case "SH":
      return "shipped"
    case "DL":
      return "delivered"
    default:
      return null
  }
}

export type { OrderAddress, OrderDeliveryEstimate, OrderDetail, OrderLine, OrderShipment, OrderSummary } from "./records.js"
