/**
 * Orders as the portal's store API returns them: the backend builds these shapes and the storefront reads them, so
 * both name them from here (like the invoice records).
 */
import type { ErpOrderStatus } from "../orderflow/reader/types.js"
import type { ShipmentTracking } from "../tracking/index.js"

/** A row of the order history. */
export interface OrderSummary {
  ord_no: number
  order_id: string | null
  status: ErpOrderStatus
  ordered_at: string
  po_ref: string | null
  promised_date: string | null
  /** The carrier's estimate for the latest shipment, when there is one. */
  eta_date: string | null
  total_cents: number
  currency_code: string
  /** The portal's delivery estimate while it is not delivered (null when none could be made). */
  estimate: Pick<OrderDeliveryEstimate, "earliest_date" | "latest_date" | "running_late"> | null
}

/**
 * The portal's estimate of when an order not yet delivered arrives, learned from comparable past orders
 * (integrations/estimates): a range of Johannesburg days and how many in 100 such orders arrive within it.
 */
export interface OrderDeliveryEstimate {
  earliest_date: string
  latest_date: string
  coverage_percent: number
  /** The range ends after the promised day. */
  running_late: boolean
  /** "Based on 214 similar deliveries by The Courier Guy to Gauteng, shipped on a Friday." */
  explanation: string
  computed_at: string
}

export interface OrderAddress {
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
}

export interface OrderLine {
  line_no: number
  sku: string | null
  /** As ordered: OrderFlow keeps the description a line had then. */
  description: string
  uom: string | null
  quantity: number
  quantity_shipped: number
  quantity_back_ordered: number
  discount_percent: number
  unit_price_cents: number
  line_total_cents: number
}

export type OrderShipment = {
  ship_id: number
  carrier: string
  waybill: string | null
  shipped_at: string | null
  eta_date: string | null
  delivered_at: string | null
  pod_name: string | null
} & ShipmentTracking

/** One order of the customer's, with its ERP facts, timeline, shipments and lines. */
export interface OrderDetail {
  ord_no: number
  order_id: string | null
  status: ErpOrderStatus
  ordered_at: string
  status_changed_at: string | null
  cancelled_at: string | null
  po_ref: string | null
  requested_date: string | null
  promised_date: string | null
  notes: string | null
  /** The portal reference (WEB-…) when the customer placed this order in the portal as a reorder. */
  portal_reference: string | null
  sub_total_cents: number
  vat_total_cents: number
  total_cents: number
  currency_code: string
  delivery_address: OrderAddress | null
  timeline: { status: ErpOrderStatus; changed_at: string; remark: string | null }[]
  shipments: OrderShipment[]
  lines: OrderLine[]
  estimate: OrderDeliveryEstimate | null
}
