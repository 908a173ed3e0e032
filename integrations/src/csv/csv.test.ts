import fc from "fast-check"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { csvText, neutralizeCsvCell } from "./index"

describe("CSV cells", () => {
  it("neutralises every cell a spreadsheet would run as a formula", () => {
    for (const attack of ["=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"]) {
      expect(neutralizeCsvCell(attack)).toBe(`'${attack}`)
    }
  })

  it("keeps negative and signed amounts numbers, and ordinary text as it was", () => {
    expect(neutralizeCsvCell("-115.00")).toBe("-115.00")
    expect(neutralizeCsvCell("+3")).toBe("+3")
    expect(neutralizeCsvCell("Napkins - white")).toBe("Napkins - white")
    expect(csvText([["INV1", "-115.00", -115, "=1+1"]])).toBe("INV1,-115.00,-115,'=1+1\n")
  })

  it("never lets a parsed cell start a formula, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const cells = (parse(csvText(rows), { relax_column_count: true }) as string[][]).flat()
        for (const cell of cells) expect(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell)).toBe(false)
      })
    )
  })
})
