import type { AccountingDocument } from "./types.js"

/**
 * Spreads the document's VAT over its lines in proportion to each line's net amount times its rate, so the lines'
 * VAT adds up to OrderFlow's VAT to the cent (largest remainder; ties go to the earlier line).
 */
export function lineVatCents(document: Pick<AccountingDocument, "vatCents" | "lines">): number[] {
  const weights = document.lines.map((line) => BigInt(line.lineTotalCents) * BigInt(line.vatRateBasisPoints))
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n)
  if (totalWeight === 0n) return document.lines.map((_, index) => (index === 0 ? document.vatCents : 0))
  const vat = BigInt(document.vatCents)
  const shares = weights.map((weight) => (vat * weight) / totalWeight)
  let left = vat - shares.reduce((sum, share) => sum + share, 0n)
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (vat * weight) % totalWeight }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  for (const { index } of byRemainder) {
    if (left <= 0n) break
    shares[index] = shares[index]! + 1n
    left -= 1n
  }
  return shares.map(Number)
}

/** Quantity and unit price that multiply exactly to the line total, or null when a discount makes them disagree. */
export function exactQuantityAndPrice(line: { qtyMilli: number; unitPriceCents: number; lineTotalCents: number }): { qtyMilli: number; unitPriceCents: number } | null {
  return line.qtyMilli * line.unitPriceCents === line.lineTotalCents * 1000 ? { qtyMilli: line.qtyMilli, unitPriceCents: line.unitPriceCents } : null
}

/** A quantity in thousandths as a decimal string: 2500 → "2.5", 19000 → "19". */
export function quantityString(qtyMilli: number): string {
  const whole = Math.trunc(qtyMilli / 1000)
  const fraction = String(Math.abs(qtyMilli % 1000)).padStart(3, "0").replace(/0+$/, "")
  return `${qtyMilli < 0 && whole === 0 ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`
}
