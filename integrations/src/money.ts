/**
 * Money crosses the portal as integer cents. Medusa stores prices in major units as decimal strings,
 * so conversions go through strings, never through floating point.
 */
export function centsToDecimalString(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`)
  const sign = cents < 0 ? "-" : ""
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

/** Parses "1234.5", "-0.07" or "12" into cents; rejects anything with more than two decimals. */
export function decimalStringToCents(value: string | number): number {
  const text = typeof value === "number" ? String(value) : value.trim()
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) throw new RangeError(`Not an amount in rands and cents: "${text}"`)
  const [, minus, whole = "0", fraction = ""] = match
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"))
  return minus ? -cents : cents
}

// Built once: constructing an Intl formatter costs ~0.1 ms, which a 1,000-line statement pays 3,000 times.
const RAND = new Intl.NumberFormat("en-ZA", { style: "currency", currency: "ZAR" })

/** Formats cents as South African rand, e.g. "R 1 234,50" (en-ZA conventions). */
export function formatRand(cents: number): string {
  return RAND.format(centsToDecimalString(cents) as `${number}`)
}

/**
 * A whole number of 10^-scale units as the shortest exact decimal string, the way Medusa's BigNumber writes it:
 * (105000, 4) → "10.5", (-7, 2) → "-0.07", (300, 2) → "3".
 */
export function scaledToDecimalString(units: number | bigint, scale: number): string {
  const value = BigInt(units)
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0")
  const whole = digits.slice(0, digits.length - scale)
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "")
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`
}

/** Rounds an exact decimal string (as Medusa's BigNumber prints it, e.g. "29777.0650000") half away from zero to cents. */
export function decimalStringToRoundedCents(value: string): number {
  const match = /^(-)?(\d+)(?:\.(\d*))?$/.exec(value.trim())
  if (!match) throw new RangeError(`Not a decimal amount: "${value}"`)
  const [, minus, whole = "0", fraction = ""] = match
  const digits = fraction.padEnd(3, "0")
  // From x.xx5 on, the value is at least half a cent above x.xx.
  const cents = Number(whole) * 100 + Number(digits.slice(0, 2)) + (Number(digits[2]) >= 5 ? 1 : 0)
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Amount out of range: "${value}"`)
  return minus && cents !== 0 ? -cents : cents
}
