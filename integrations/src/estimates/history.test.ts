import { describe, expect, it } from "vitest"
import { type OrderHistory, backtest, deliveryRecords, onTimeShare } from "./index"
import { seededRandom } from "./seeded-random"

const DAY = 86_400_000
const T0 = Date.UTC(2026, 0, 5, 8)

const order = (overrides: Partial<OrderHistory>): OrderHistory => ({
  ordNo: 1,
  carrier: "CGUY",
  addressId: null,
  province: "Gauteng",
  lines: 3,
  statuses: [],
  deliveredAt: null,
  promisedBy: null,
  ...overrides,
})


describe("learning from OrderFlow's history", () => {
  it("observes a delivered order on entering each status and after each whole day in it", () => {
    // Confirmed at T0, shipped 1.5 days later, delivered 2.25 days after that.
    const delivered = order({ statuses: [{ status: "CF", at: T0 }, { status: "SH", at: T0 + 1.5 * DAY }], deliveredAt: T0 + 3.75 * DAY })
    expect(deliveryRecords(delivered).map((record) => [record.status, record.daysInStatus, record.daysToDelivery])).toEqual([
      ["CF", 0, 3.75],
      ["CF", 1, 2.75],
      ["SH", 0, 2.25],
      ["SH", 1, 1.25],
      ["SH", 2, 0.25],
    ])
    // An order not yet delivered teaches nothing.
    expect(deliveryRecords(order({ statuses: [{ status: "CF", at: T0 }] }))).toEqual([])
  })

  it("counts the share delivered by the promised day over a window", () => {
    const orders = [
      { deliveredAt: T0, promisedBy: T0 + DAY },
      { deliveredAt: T0 + 2 * DAY, promisedBy: T0 + DAY },
      { deliveredAt: T0 + 3 * DAY, promisedBy: null },
      { deliveredAt: T0 - 100 * DAY, promisedBy: T0 },
      { deliveredAt: null, promisedBy: T0 },
    ]
    expect(onTimeShare(orders, T0 - 90 * DAY, T0 + 10 * DAY)).toEqual({ deliveries: 2, onTime: 1, share: 0.5 })
    expect(onTimeShare([], T0, T0 + DAY).share).toBeNull()
  })

  it("backtests: trained before a cut-off, the ranges hold about 8 in 10 later deliveries and miss by less than a fixed promise", () => {
    const random = seededRandom(42)
    const carriers = ["CGUY", "DSV", "RAM"]
    const orders: OrderHistory[] = Array.from({ length: 3_000 }, (_, index) => {
      const carrier = index % carriers.length
      const placed = T0 + index * 0.1 * DAY
      const shipped = placed + (0.5 + random() * 1.5) * DAY
      const transit = (1 + carrier * 1.5 + random() * 2 + (random() < 0.05 ? 4 + random() * 6 : 0)) * DAY
      // The seller promises three days for everything, as a busy sales office does.
      return order({ ordNo: index + 1, carrier: carriers[carrier]!, statuses: [{ status: "CF", at: placed }, { status: "SH", at: shipped }], deliveredAt: shipped + transit, promisedBy: placed + 3 * DAY })
    })
    const result = backtest(orders, T0 + 200 * DAY)
    expect(result.estimates).toBeGreaterThan(1_500)
    expect(result.coverage).toBeGreaterThanOrEqual(0.77)
    expect(result.coverage).toBeLessThanOrEqual(0.83)
    // These made-up orders have no delivery address: before shipping no carrier is known.
    expect(Object.keys(result.coverageByCarrier)).toEqual(["(new address)", "CGUY", "DSV", "RAM"])
    expect(Object.keys(result.coverageByDeliveringCarrier)).toEqual(["CGUY", "DSV", "RAM"])
    // The range's middle is nearer the delivery than the fixed promise (here 0.94 against 1.84 days; the issue's "at
    // most half" is measured by the backtest on the stand-in ERP's history, not on this made-up one).
    expect(result.medianErrorDays).toBeLessThan(result.medianPromiseErrorDays)
    expect(result.medianWidthDays).toBeGreaterThan(0)
  })
})
