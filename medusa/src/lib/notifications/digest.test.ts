import { describe, expect, it } from "vitest"
import { digestWindow } from "./digest"

describe("the daily digest's window", () => {
  it("ends at the latest 07:00 in Johannesburg (05:00 UTC) and covers the 24 hours before", () => {
    // 06:59 in Johannesburg: yesterday's digest is the latest.
    expect(digestWindow(new Date("2026-12-02T04:59:00Z"))).toEqual({ day: "2026-12-01", from: new Date("2026-11-30T05:00:00Z"), to: new Date("2026-12-01T05:00:00Z") })
    // 07:00 sharp and later the same day: today's.
    expect(digestWindow(new Date("2026-12-02T05:00:00Z")).day).toBe("2026-12-02")
    expect(digestWindow(new Date("2026-12-02T21:30:00Z")).to).toEqual(new Date("2026-12-02T05:00:00Z"))
    // Just after midnight in Johannesburg (still the previous day in UTC).
    expect(digestWindow(new Date("2026-12-02T22:30:00Z")).day).toBe("2026-12-02")
  })
})
