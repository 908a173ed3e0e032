import { describe, expect, it } from "vitest"
import type { ErpOrder, ErpShipment } from "@portal/integrations/orderflow"
import { orderEvents, orderKindFor, shipmentEvents } from "./plan-events"

describe("what an order's move tells a buyer", () => {
  it("names holds, releases, recalls and cancellations before the plain steps", () => {
    expect(
      [
        [null, "CF"],
        ["PE", "CF"],
        ["CF", "PR"],
        ["PR", "PK"],
        ["PK", "HD"],
        ["HD", "PR"],
        ["HD", "CN"],
        ["SH", "PR"],
        ["DL", "PK"],
        ["PK", "SH"],
        ["SH", "DL"],
        [null, "PE"],
      ].map(([from, to]) => orderKindFor(from as "PE" | null, to as "CF"))
    ).toEqual([
      "order.confirmed",
      "order.confirmed",
      "order.processing",
      "order.packing",
      "order.on_hold",
      "order.released",
      "order.cancelled",
      "order.recalled",
      "order.recalled",
      // Shipped and delivered come from the shipment, with its carrier and proof of delivery.
      "order.changed",
      "order.changed",
      "order.changed",
    ])
  })

  it("records one event per changed order of an imported customer, keyed by the ERP version", () => {
    const order = (ordNo: number, custNo: string, status: ErpOrder["status"]) =>
      ({ ordNo, custNo, status, poRef: null, deliveryAddrId: 7, promisedDate: null, lastUpd: `2026-12-01 10:00:0${ordNo % 10}` }) as ErpOrder
    const events = orderEvents([order(1, "C1", "HD"), order(2, "C1", "PR"), order(3, "C9", "HD")], { C1: "cus_1" }, new Map([[1, "PR"], [2, "PR"]]))
    expect(events.map((event) => [event.kind, event.entity_id, event.version, event.deliv_addr_id])).toEqual([["order.on_hold", "1", "2026-12-01 10:00:01", 7]])
  })

  it("says shipped for a new shipment, delivered once, and only delivered when both come at once", () => {
    const shipment = (shipId: number, deliveredAt: Date | null) => ({ shipId, ordNo: 1, carrier: "DSV", waybill: "W1", etaDate: null, deliveredAt, podName: null, lastUpd: "x" }) as ErpShipment
    const place = new Map([[1, { customer_id: "cus_1", deliv_addr_id: null }]])
    const kinds = (shipments: ErpShipment[], before: Map<number, boolean>) => shipmentEvents(shipments, before, place).map((event) => `${event.entity_id}:${event.kind}`)
    expect(kinds([shipment(1, null), shipment(2, new Date()), shipment(3, new Date()), shipment(4, new Date())], new Map([[3, false], [4, true]]))).toEqual([
      "1:shipment.shipped",
      "2:shipment.delivered",
      "3:shipment.delivered",
    ])
  })
})
