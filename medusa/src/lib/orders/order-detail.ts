import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
// The shape is shared with the storefront, which reads it.
import type { OrderDetail } from "@portal/integrations/order-status"
import { explainEstimate } from "@portal/integrations/estimates"
import { trackShipment } from "@portal/integrations/tracking"
import { ORDERFLOW_SYNC_MODULE } from "../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../modules/orderflow-sync/service"
import type { CustomerOrderScope } from "../../modules/orderflow-sync/repositories/order-history"
import { REORDER_MODULE } from "../../modules/reorder"
import type ReorderModuleService from "../../modules/reorder/service"
import { nativeOrderLines } from "../read-models/native-order-lines"

/** Throws a 400 for anything but an OrderFlow order number. */
export function assertOrderNumber(ordNo: string | undefined): number {
  if (!ordNo || !/^\d{1,9}$/.test(ordNo)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "An order number has digits only, like 100195.")
  return Number(ordNo)
}

/**
 * One of a customer's orders by its OrderFlow number: header, status timeline and shipments with tracking (the
 * OrderFlow sync module, whose query filters by customer and visibility), the lines as ordered and the delivery
 * address (the native order, lib/read-models/native-order-lines), and the portal reference of a reorder (the reorder
 * module). Someone else's order, one outside the visibility windows or, for a person limited to some locations, one
 * delivered elsewhere, is "not found".
 */
export async function loadCustomerOrder(container: MedusaContainer, scope: CustomerOrderScope, ordNo: number): Promise<OrderDetail> {
  const { customerId } = scope
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const order = await sync.retrieveCustomerOrder(scope, ordNo)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${ordNo} was not found among your orders.`)
  const [{ timeline, shipments }, native, reorders, estimate] = await Promise.all([
    sync.orderTimeline(ordNo),
    order.order_id ? nativeOrderLines(container, order.order_id, order.status) : Promise.resolve({ lines: [], delivery_address: null }),
    container.resolve<ReorderModuleService>(REORDER_MODULE).listReorders({ erp_ord_no: ordNo, customer_id: customerId }, { select: ["reference"], take: 1 }),
    sync.deliveryEstimateOf(customerId, ordNo),
  ])
  return {
    ...order,
    portal_reference: reorders[0]?.reference ?? null,
    delivery_address: native.delivery_address,
    timeline,
    shipments: shipments.map((shipment) => ({ ...shipment, ...trackShipment(shipment.carrier, shipment.waybill) })),
    lines: native.lines,
    // Kept until the hourly job notices a delivery the subscriber missed: a delivered order never shows one.
    estimate:
      estimate && order.status !== "DL" && order.status !== "CN"
        ? {
            earliest_date: estimate.earliest_date,
            latest_date: estimate.latest_date,
            coverage_percent: estimate.coverage_percent,
            running_late: estimate.running_late,
            explanation: explainEstimate(estimate),
            computed_at: new Date(estimate.computed_at).toISOString(),
          }
        : null,
  }
}
