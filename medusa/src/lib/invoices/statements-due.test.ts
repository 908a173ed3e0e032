import { describe, expect, it } from "vitest"
import { monthRange } from "@portal/integrations/locale"
import { statementsDueAt } from "./statements-due"

describe("when a month's statements fall due", () => {
  it("is the 1st of the next month at 06:00 in Johannesburg", () => {
    expect(statementsDueAt(monthRange("2026-11")).toISOString()).toBe("2026-12-01T04:00:00.000Z")
    // Across the year's end and after a short month.
    expect(statementsDueAt(monthRange("2026-12")).toISOString()).toBe("2027-01-01T04:00:00.000Z")
    expect(statementsDueAt(monthRange("2028-02")).toISOString()).toBe("2028-03-01T04:00:00.000Z")
  })
})
