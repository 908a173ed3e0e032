import { formatDateTime } from "../locale/format.js"
import type { DocumentWatermark } from "./types.js"

/** The mark on every customer's copy: who downloaded it and when (Johannesburg time). */
export function downloadWatermark(customer: { number: string; name: string }, at: Date = new Date()): DocumentWatermark {
  return { text: `Customer ${customer.number} · ${customer.name} · downloaded ${formatDateTime(at)} SAST` }
}
