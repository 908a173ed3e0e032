import { model } from "@medusajs/framework/utils"

/** A shipment of an order: carrier, waybill, shipped and delivered times, ETA and who signed. */
export const ErpShipment = model
  .define("erp_shipment", {
    id: model.id({ prefix: "erpshp" }).primaryKey(),
    ship_id: model.number().unique(),
    ord_no: model.number().index(),
    carrier: model.text(),
    waybill: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    eta_date: model.text().nullable(),
    delivered_at: model.dateTime().nullable(),
    pod_name: model.text().nullable(),
    last_upd: model.text(),
  })
