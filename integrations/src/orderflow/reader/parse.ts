/** Parses a NUMERIC text such as "12.345" or "-0.5" into an integer scaled by 10^scale, without floats. */
export function scaledInteger(value: string, scale: number): number {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value.trim())
  if (!match) throw new RangeError(`Not a decimal number: "${value}"`)
  const [, minus, whole = "0", fraction = ""] = match
  if (fraction.length > scale && /[1-9]/.test(fraction.slice(scale))) throw new RangeError(`"${value}" has more than ${scale} decimals`)
  const scaled = Number(whole) * 10 ** scale + Number(fraction.slice(0, scale).padEnd(scale, "0") || "0")
  return minus ? -scaled : scaled
}

export const cents = (value: string) => scaledInteger(value, 2)

/** The ERP's emails are unreliable: trim and lower-case them, and treat anything without an @ as missing. */
export function cleanEmail(value: string | null): string | null {
  const email = value?.trim().toLowerCase() ?? ""
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null
}
