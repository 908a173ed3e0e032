import { describe, expect, it } from "vitest"
import { isLate } from "./order-late"

describe("isLate", () => {
  const today = "2026-12-01"
  it("flags an open order whose expected day has passed", () => {
    expect(isLate({ status: "PR", promised_date: "2026-10-25", eta_date: null }, today)).toBe(true)
    expect(isLate({ status: "SH", promised_date: "2026-12-05", eta_date: "2026-11-30" }, today)).toBe(true)
  })
  it("does not flag an order due today or later, or one without a date", () => {
    expect(isLate({ status: "PR", promised_date: today, eta_date: null }, today)).toBe(false)
    expect(isLate({ status: "PE", promised_date: null, eta_date: null }, today)).toBe(false)
    // The carrier's newer estimate wins over an older promise.
    expect(isLate({ status: "SH", promised_date: "2026-11-20", eta_date: "2026-12-02" }, today)).toBe(false)
  })
  it("never flags a delivered, cancelled or draft order", () => {
    for (const status of ["DL", "CN", "DR"]) expect(isLate({ status, promised_date: "2026-01-01", eta_date: null }, today)).toBe(false)
  })
})
