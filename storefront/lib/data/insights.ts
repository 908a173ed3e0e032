import "server-only"
import type { SpendingInsights } from "@portal/integrations/insights"
import { medusa } from "../medusa"
import { messageOf } from "../util/error-message"
import { customerHeaders } from "./session"

// The shape the store API returns is shared with the backend (integrations/insights).
export type { SpendingInsights }

export interface OnTimeScore {
  deliveries: number
  on_time: number
  /** Whole percent; null without deliveries that had a promised day. */
  percent: number | null
  days: number
}

/** The account's spending over a period (From/To months, the last 12 months when left out); a refused period comes back as its message. */
export async function retrieveInsights(period: { from?: string; to?: string }): Promise<{ insights: SpendingInsights } | { error: string }> {
  const query = Object.fromEntries(Object.entries(period).filter(([, value]) => value))
  try {
    return await medusa().client.fetch<{ insights: SpendingInsights }>("/store/portal/insights", { query, headers: await customerHeaders() })
  } catch (error) {
    return { error: messageOf(error, "Your spending could not be loaded. Please try again.") }
  }
}

/** The share of the account's deliveries of the last 90 days that arrived by the promised day; null when it cannot be read. */
export async function retrieveOnTimeScore(): Promise<OnTimeScore | null> {
  try {
    return (await medusa().client.fetch<{ on_time: OnTimeScore }>("/store/portal/deliveries/on-time", { headers: await customerHeaders() })).on_time
  } catch {
    return null
  }
}
