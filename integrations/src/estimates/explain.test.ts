import { describe, expect, it } from "vitest"
import { type ExplainedEstimate, explainEstimate } from "./index"

const shipped: ExplainedEstimate = {
  based_on: 214,
  compared_by: ["carrier", "province", "weekday", "lines", "status"],
  carrier: "CGUY",
  carrier_known: true,
  province: "Gauteng",
  weekday: 5,
  status: "SH",
  days_in_status: 0,
}

describe("an estimate explained", () => {
  it("names only the facts that made past orders comparable", () => {
    expect(explainEstimate(shipped)).toBe("Based on 214 similar deliveries by The Courier Guy to Gauteng, shipped on a Friday.")
    expect(explainEstimate({ ...shipped, compared_by: ["carrier", "status"], based_on: 41 })).toBe("Based on 41 similar deliveries by The Courier Guy.")
    expect(explainEstimate({ ...shipped, compared_by: ["status"], based_on: 1 })).toBe("Based on 1 similar delivery.")
  })

  it("says when the carrier is the address's usual one and how long the order has been in its status", () => {
    expect(explainEstimate({ ...shipped, carrier: "OWN", carrier_known: false, status: "PK", days_in_status: 2 })).toBe(
      "Based on 214 similar deliveries by our own vehicles (who usually deliver to this address) to Gauteng, still packed after 2 days."
    )
  })
})
