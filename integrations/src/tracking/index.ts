/**
 * Carrier tracking: which carrier a shipment went with, and where its waybill can be followed.
 * OrderFlow knows carriers by code (`carrier_cd`); the tracking page URL templates live here and nowhere else,
 * so a changed carrier website is a one-line change.
 */
export type CarrierCode = "CGUY" | "DSV" | "RAM" | "OWN"

export interface Carrier {
  code: string
  name: string
  /** The carrier's public tracking page for one waybill, or null when the carrier has none (our own fleet). */
  trackingUrl: (waybill: string) => string | null
}

const withWaybill = (template: string) => (waybill: string) => template.replace("{waybill}", encodeURIComponent(waybill))

const CARRIERS: Record<CarrierCode, Carrier> = {
  CGUY: { code: "CGUY", name: "The Courier Guy", trackingUrl: withWaybill("https://portal.thecourierguy.co.za/track?ref={waybill}") },
  DSV: { code: "DSV", name: "DSV", trackingUrl: withWaybill("https://www.dsv.com/en/tools/track-and-trace?reference={waybill}") },
  RAM: { code: "RAM", name: "RAM Hand-to-Hand Couriers", trackingUrl: withWaybill("https://www.ram.co.za/Tracking/Waybill?waybill={waybill}") },
  OWN: { code: "OWN", name: "Our own delivery vehicle", trackingUrl: () => null },
}

/** The carrier for an OrderFlow carrier code; an unknown code is shown by its code, without a link. */
export function carrierFor(code: string): Carrier {
  const known = CARRIERS[code.trim().toUpperCase() as CarrierCode]
  return known ?? { code, name: code, trackingUrl: () => null }
}

export interface ShipmentTracking {
  carrier_name: string
  /** True for deliveries by the seller's own vehicles: there is no waybill to follow. */
  own_fleet: boolean
  tracking_url: string | null
}

/** What a customer needs to follow one shipment. */
export function trackShipment(carrierCode: string, waybill: string | null): ShipmentTracking {
  const carrier = carrierFor(carrierCode)
  return {
    carrier_name: carrier.name,
    own_fleet: carrier.code === "OWN",
    tracking_url: waybill && waybill.trim() ? carrier.trackingUrl(waybill.trim()) : null,
  }
}
