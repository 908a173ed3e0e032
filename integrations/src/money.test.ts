import { describe, expect, it } from "vitest"
import { centsToDecimalString, decimalStringToCents, decimalStringToRoundedCents, formatRand, scaledToDecimalString } from "./money"

describe("money conversions", () => {
  it("writes cents as exact decimal rands", () => {
    expect(centsToDecimalString(28_950)).toBe("289.50")
    expect(centsToDecimalString(7)).toBe("0.07")
    expect(centsToDecimalString(-1_005)).toBe("-10.05")
    expect(centsToDecimalString(0)).toBe("0.00")
  })

  it("reads decimal rands back into cents without floating-point drift", () => {
    expect(decimalStringToCents("289.5")).toBe(28_950)
    expect(decimalStringToCents("0.07")).toBe(7)
    expect(decimalStringToCents("-10.05")).toBe(-1_005)
    expect(decimalStringToCents(12)).toBe(1_200)
    // 0.1 + 0.2 style drift would give 30.000000000000004 if floats were involved
    expect(decimalStringToCents("0.30")).toBe(30)
    for (let cents = -2_000; cents <= 2_000; cents += 7) expect(decimalStringToCents(centsToDecimalString(cents))).toBe(cents)
  })

  it("refuses amounts that are not rands and cents", () => {
    expect(() => decimalStringToCents("1.234")).toThrow(/rands and cents/)
    expect(() => decimalStringToCents("R10")).toThrow(/rands and cents/)
    expect(() => decimalStringToCents("")).toThrow(/rands and cents/)
    expect(() => centsToDecimalString(10.5)).toThrow(/whole number of cents/)
  })

  it("formats rands the South African way", () => {
    expect(formatRand(123_450).replace(/\s/g, " ")).toMatch(/^R\s?1\s?234,50$/)
  })

  it("writes scaled whole numbers as the shortest exact decimal, as Medusa's BigNumber does", () => {
    expect(scaledToDecimalString(105_000, 4)).toBe("10.5")
    expect(scaledToDecimalString(-7, 2)).toBe("-0.07")
    expect(scaledToDecimalString(300, 2)).toBe("3")
    expect(scaledToDecimalString(0, 5)).toBe("0")
    expect(scaledToDecimalString(290_375n, 4)).toBe("29.0375")
    for (let units = -50_000; units <= 50_000; units += 137) expect(Number(scaledToDecimalString(units, 3))).toBe(units / 1000)
  })

  it("rounds Medusa's exact totals half away from zero to cents, without floating point", () => {
    expect(decimalStringToRoundedCents("29777.0650000000000000")).toBe(2_977_707)
    expect(decimalStringToRoundedCents("29777.0649999")).toBe(2_977_706)
    expect(decimalStringToRoundedCents("-1.005")).toBe(-101)
    expect(decimalStringToRoundedCents("12")).toBe(1_200)
    expect(decimalStringToRoundedCents("0.004")).toBe(0)
    expect(() => decimalStringToRoundedCents("1e5")).toThrow(/decimal amount/)
  })
})
