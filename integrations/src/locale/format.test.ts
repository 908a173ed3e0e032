import { describe, expect, it } from "vitest"
import { formatRand } from "../money.js"
import { formatDateTime, formatDay, formatDayRange, johannesburgDay } from "./format.js"

describe("portal formats", () => {
  it("shows times in Johannesburg, not the server's zone", () => {
    expect(formatDateTime("2026-11-20T22:30:00Z")).toContain("21 Nov 2026")
  })

  it("reads an OrderFlow day as that calendar day", () => {
    expect(formatDay("2026-11-28")).toContain("28 Nov 2026")
  })

  it("shows an estimate's days as a short range, one month named once", () => {
    // Intl puts thin spaces around the dash.
    const range = (from: string, to: string) => formatDayRange(from, to).replace(/\s/g, " ")
    expect(range("2026-12-01", "2026-12-03")).toBe("Tue 1 – Thu 3 Dec")
    expect(range("2026-11-30", "2026-12-02")).toBe("Mon 30 Nov – Wed 2 Dec")
    expect(range("2026-12-04", "2026-12-04")).toBe("Fri, 04 Dec")
  })

  it("takes the calendar day in Johannesburg, two hours ahead of UTC", () => {
    expect(johannesburgDay(new Date("2026-11-20T22:30:00Z"))).toBe("2026-11-21")
    expect(johannesburgDay(new Date("2026-11-20T21:59:00Z"))).toBe("2026-11-20")
  })

  it("shows integer cents as rand and cents", () => {
    expect(formatRand(123456).replace(/\s/g, " ")).toMatch(/^R\s?1\s234,56$/)
  })
})
