import type { ErpShipment } from "@portal/integrations/orderflow"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ORDERFLOW_SYNC_MODULE } from "../../../modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

export interface ShipmentEvent {
  ship_id: number
  ord_no: number
  carrier: string
  waybill: string | null
}

export interface UpsertedShipments {
  created: ShipmentEvent[]
  delivered: ShipmentEvent[]
}

/** Keeps shipments (carrier, waybill, ETA, delivery, proof of delivery) and says which are new or newly delivered. */
export async function upsertErpShipments(shipments: ErpShipment[], container: MedusaContainer): Promise<UpsertedShipments> {
  const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
  const known = new Map(
    (await sync.listErpShipments({ ship_id: shipments.map((s) => s.shipId) }, { select: ["ship_id", "delivered_at"] })).map((s) => [s.ship_id, s])
  )
  await sync.upsertErpRows(
    "erp_shipment",
    "ship_id",
    "erpshp",
    shipments.map((shipment) => ({
      ship_id: shipment.shipId,
      ord_no: shipment.ordNo,
      carrier: shipment.carrier,
      waybill: shipment.waybill,
      shipped_at: shipment.shippedAt,
      eta_date: shipment.etaDate,
      delivered_at: shipment.deliveredAt,
      pod_name: shipment.podName,
      last_upd: shipment.lastUpd,
    }))
  )
  const event = (s: ErpShipment): ShipmentEvent => ({ ship_id: s.shipId, ord_no: s.ordNo, carrier: s.carrier, waybill: s.waybill })
  return {
    created: shipments.filter((s) => !known.has(s.shipId)).map(event),
    delivered: shipments.filter((s) => s.deliveredAt && !known.get(s.shipId)?.delivered_at).map(event),
  }
}

export const upsertErpShipmentsStep = createStep(
  "upsert-erp-shipments",
  async (shipments: ErpShipment[], { container }) => {
    const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
    const before = await sync.snapshotErpRows("erp_shipment", "ship_id", shipments.map((shipment) => shipment.shipId))
    return new StepResponse(await upsertErpShipments(shipments, container), before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).restoreErpRows([before])
  }
)
