import { describe, expect, it } from "vitest"
import { formatMonth } from "./format.js"
import { monthRange, previousMonth } from "./months.js"

describe("statement months", () => {
  it("covers whole calendar months, leap years and the turn of the year included", () => {
    expect(monthRange("2028-02")).toEqual({ period: "2028-02", from: "2028-02-01", to: "2028-02-29" })
    expect(monthRange("2026-02").to).toBe("2026-02-28")
    expect(previousMonth("2027-01-01")).toEqual({ period: "2026-12", from: "2026-12-01", to: "2026-12-31" })
    expect(previousMonth("2026-11-30")).toEqual({ period: "2026-10", from: "2026-10-01", to: "2026-10-31" })
    expect(formatMonth("2026-10")).toBe("October 2026")
  })
})
