/** Statuses in which an order is no longer on its way: it cannot be late. */
const FINISHED = new Set(["DL", "CN", "DR"])

/**
 * Whether an order is late: still on its way after the day it was expected, which is the carrier's estimate
 * when there is one and the date we promised otherwise (the date the customer is shown). List and detail page
 * both ask this, so they never disagree.
 */
export function isLate(order: { status: string; promised_date: string | null; eta_date: string | null }, today: string): boolean {
  if (FINISHED.has(order.status)) return false
  const expected = order.eta_date ?? order.promised_date
  return expected !== null && expected < today
}
