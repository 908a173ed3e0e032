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
