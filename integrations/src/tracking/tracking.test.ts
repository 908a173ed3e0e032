import { describe, expect, it } from "vitest"
import { carrierFor, trackShipment } from "./index.js"

describe("carrier tracking", () => {
  it("builds each carrier's tracking link with the waybill escaped", () => {
    expect(trackShipment("CGUY", "CG12345678").tracking_url).toBe("https://portal.thecourierguy.co.za/track?ref=CG12345678")
    expect(trackShipment("DSV", " DSV 1/2 ").tracking_url).toBe("https://www.dsv.com/en/tools/track-and-trace?reference=DSV%201%2F2")
    expect(trackShipment("ram", "RAM55").carrier_name).toBe("RAM Hand-to-Hand Couriers")
  })

  it("has no link for the own fleet, a missing waybill or an unknown carrier", () => {
    expect(trackShipment("OWN", null)).toEqual({ carrier_name: "Our own delivery vehicle", own_fleet: true, tracking_url: null })
    expect(trackShipment("CGUY", null).tracking_url).toBeNull()
    expect(trackShipment("CGUY", "  ").tracking_url).toBeNull()
    expect(carrierFor("XYZ")).toMatchObject({ code: "XYZ", name: "XYZ" })
    expect(trackShipment("XYZ", "1").tracking_url).toBeNull()
  })
})
