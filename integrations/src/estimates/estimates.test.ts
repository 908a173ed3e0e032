import { describe, expect, it } from "vitest"
import { type DeliveryRecord, buildDeliveryModel, conformalQuantile, estimateDelivery, narrowestRange, sizeBucket, splitForCalibration } from "./index"
import { seededRandom } from "./seeded-random"

const record = (overrides: Partial<DeliveryRecord>): DeliveryRecord => ({
  carrier: "CGUY",
  province: "Gauteng",
  weekday: 2,
  lines: 4,
  status: "SH",
  daysInStatus: 0,
  daysToDelivery: 1,
  ...overrides,
})


describe("delivery estimates", () => {
  it("takes the conformal rank from the calibration scores, and buckets order sizes", () => {
    // n = 9 scores at 80 %: the ⌈10 × 0.8⌉ = 8th smallest.
    expect(conformalQuantile([9, 1, 8, 2, 7, 3, 6, 4, 5], 0.8)).toBe(8)
    expect(conformalQuantile([3], 0.8)).toBe(3)
    expect([sizeBucket(1), sizeBucket(5), sizeBucket(6), sizeBucket(40)]).toEqual(["1-2", "3-5", "6-10", "11+"])
  })

  it("gives the narrowest range holding 8 in 10 of the group's deliveries, and says what it compared", () => {
    // Ten shipped Courier Guy orders to Gauteng: eight arrived within 1–2.4 days, two were held up (9 and 20 days).
    // The narrowest run of 8 is 1–2.4 (the 10th–90th percentiles would be 1.18–10.1, its middle after most arrivals).
    const days = [1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 9, 20]
    const history = days.map((daysToDelivery) => record({ daysToDelivery }))
    const options = { coverage: 0.8, minGroupSize: 5 }
    expect(narrowestRange(days, 0.8)).toEqual({ low: 1, high: 2.4 })
    expect(estimateDelivery(buildDeliveryModel(history, [], options), record({}))).toEqual({ lowDays: 1, highDays: 2.4, coverage: 0.8, basedOn: 10, comparedBy: ["carrier", "province", "weekday", "lines", "status"] })
    // Held-out deliveries on days 1.2 to 2.0, inside 1–2.4: scores max(1 − y, y − 2.4) are −0.2 … −0.7, the 8th
    // smallest of the 9 is −0.3, so every range narrows by 0.3 days at each end.
    const inside = Array.from({ length: 9 }, (_, index) => record({ daysToDelivery: 1.2 + index / 10 }))
    const narrowed = estimateDelivery(buildDeliveryModel(history, inside, options), record({}))!
    expect(narrowed.lowDays).toBeCloseTo(1.3, 9)
    expect(narrowed.highDays).toBeCloseTo(2.1, 9)
  })

  it("falls back to coarser groups when the finest has too few deliveries, down to the status alone", () => {
    const gauteng = Array.from({ length: 40 }, (_, index) => record({ weekday: index % 7, daysToDelivery: 1 + (index % 3) }))
    const capeFew = Array.from({ length: 5 }, () => record({ province: "Western Cape", daysToDelivery: 9 }))
    const model = buildDeliveryModel([...gauteng, ...capeFew], [], { coverage: 0.8, minGroupSize: 30 })
    // Tuesday alone has 6 Gauteng deliveries: the weekday and the size are dropped, the province kept.
    expect(estimateDelivery(model, record({ weekday: 2 }))?.comparedBy).toEqual(["carrier", "province", "status"])
    // Five Western Cape deliveries are too few: the carrier's 45 are compared.
    const cape = estimateDelivery(model, record({ province: "Western Cape" }))!
    expect([cape.comparedBy, cape.basedOn]).toEqual([["carrier", "status"], 45])
    // Another carrier: only the status compares; a status never seen: no estimate.
    expect(estimateDelivery(model, record({ carrier: "DSV" }))?.comparedBy).toEqual(["status"])
    expect(estimateDelivery(model, record({ status: "PK" }))).toBeNull()
    // Even the status alone needs ten past deliveries to say "8 in 10": five on-hold orders give no estimate.
    const fewHolds = buildDeliveryModel([...gauteng, ...Array.from({ length: 5 }, () => record({ status: "HD", daysToDelivery: 6 }))], [], { coverage: 0.8, minGroupSize: 30 })
    expect(estimateDelivery(fewHolds, record({ status: "HD" }))).toBeNull()
  })

  it("compares deliveries observed after as many whole days in the status as the order has spent in it", () => {
    const quick = Array.from({ length: 30 }, () => record({ daysInStatus: 0, daysToDelivery: 1 }))
    const slow = Array.from({ length: 30 }, () => record({ daysInStatus: 4, daysToDelivery: 6 }))
    const model = buildDeliveryModel([...quick, ...slow], [])
    expect(estimateDelivery(model, record({ daysInStatus: 0 }))).toMatchObject({ lowDays: 1, highDays: 1, basedOn: 30 })
    // Four days shipped and not yet delivered: only orders that were also still on the way after four days compare.
    expect(estimateDelivery(model, record({ daysInStatus: 4 }))).toMatchObject({ lowDays: 6, highDays: 6, basedOn: 30 })
    // No past order was still shipped after three days: nothing to compare, no estimate.
    expect(estimateDelivery(model, record({ daysInStatus: 3 }))).toBeNull()
  })

  it("widens the ranges on held-out deliveries so that about 8 in 10 new deliveries fall inside", () => {
    const random = seededRandom(20_261_206)
    const carriers = ["CGUY", "DSV", "RAM", "OWN"]
    const provinces = ["Gauteng", "Western Cape", "KwaZulu-Natal", "Limpopo"]
    // Lead times that differ by carrier and province, with occasional long delays: the groups' own quantiles, from
    // few deliveries each, cover less than they claim; calibration corrects that.
    const history = (count: number) =>
      Array.from({ length: count }, () => {
        const carrier = Math.floor(random() * carriers.length)
        const province = Math.floor(random() * provinces.length)
        const delayed = random() < 0.08 ? 3 + Math.floor(random() * 8) : 0
        return record({
          carrier: carriers[carrier]!,
          province: provinces[province]!,
          weekday: Math.floor(random() * 7),
          lines: 1 + Math.floor(random() * 12),
          daysToDelivery: 1 + carrier + province + random() * 4 + delayed,
        })
      })
    const { training, calibration } = splitForCalibration(history(4_000))
    const model = buildDeliveryModel(training, calibration)
    expect(model.calibrationSize).toBe(1_000)
    const fresh = history(3_000)
    const inside = fresh.filter((delivery) => {
      const estimate = estimateDelivery(model, delivery)!
      return delivery.daysToDelivery >= estimate.lowDays && delivery.daysToDelivery <= estimate.highDays
    }).length
    // The target: 80 % ± 3 points.
    expect(inside / fresh.length).toBeGreaterThanOrEqual(0.77)
    expect(inside / fresh.length).toBeLessThanOrEqual(0.83)
    // Without calibration the same groups cover measurably less.
    const uncalibrated = buildDeliveryModel(training, [])
    const insideRaw = fresh.filter((delivery) => {
      const estimate = estimateDelivery(uncalibrated, delivery)!
      return delivery.daysToDelivery >= estimate.lowDays && delivery.daysToDelivery <= estimate.highDays
    }).length
    expect(insideRaw).toBeLessThanOrEqual(inside)
  })

  it("splits the history the same way every time", () => {
    expect(splitForCalibration([1, 2, 3, 4, 5, 6, 7, 8])).toEqual({ training: [1, 2, 3, 5, 6, 7], calibration: [4, 8] })
  })
})
