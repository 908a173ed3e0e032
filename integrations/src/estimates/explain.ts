import { carrierFor } from "../tracking/index.js"

export interface ExplainedEstimate {
  based_on: number
  compared_by: readonly string[]
  carrier: string | null
  carrier_known: boolean
  province: string | null
  weekday: number
  status: string
  days_in_status: number
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
const STATUS_WORDS: Record<string, string> = { PE: "placed", CF: "confirmed", PR: "in processing", PK: "packed", SH: "shipped", HD: "on hold" }

/**
 * What an estimate rests on, in one sentence for the order page: "Based on 214 similar deliveries by The Courier Guy
 * to Gauteng, shipped on a Friday." Only the facts that made past orders comparable are named.
 */
export function explainEstimate(estimate: ExplainedEstimate): string {
  const compared = new Set(estimate.compared_by)
  const parts = [`Based on ${estimate.based_on} similar ${estimate.based_on === 1 ? "delivery" : "deliveries"}`]
  if (compared.has("carrier") && estimate.carrier) {
    const carrier = estimate.carrier === "OWN" ? "our own vehicles" : carrierFor(estimate.carrier).name
    parts.push(estimate.carrier_known ? ` by ${carrier}` : ` by ${carrier} (who usually deliver to this address)`)
  }
  if (compared.has("province") && estimate.province) parts.push(` to ${estimate.province}`)
  const status = STATUS_WORDS[estimate.status] ?? "in this status"
  if (estimate.days_in_status > 0) parts.push(`, still ${status} after ${estimate.days_in_status} ${estimate.days_in_status === 1 ? "day" : "days"}`)
  else if (compared.has("weekday")) parts.push(`, ${status} on a ${WEEKDAYS[estimate.weekday]}`)
  return `${parts.join("")}.`
}
