import "server-only"
import { backendConfig } from "../config"

export interface Faq {
  id: number | string
  question: string
  answer: string
  category: "orders" | "invoices" | "account" | "support"
}

export const FAQ_CATEGORY_LABELS: Record<Faq["category"], string> = {
  orders: "Orders and delivery",
  invoices: "Invoices and payments",
  account: "Your account",
  support: "Returns and support",
}

/**
 * Published FAQs from the CMS. Read on every request (no build-time copy), so an editor's change shows
 * on the next page view; a CMS outage yields null and the page says so instead of failing.
 */
export async function listFaqs(): Promise<Faq[] | null> {
  const url = new URL("/api/faqs", backendConfig().cmsUrl)
  url.searchParams.set("limit", "200")
  url.searchParams.set("sort", "sortOrder")
  url.searchParams.set("depth", "0")
  url.searchParams.set("where[_status][equals]", "published")
  try {
    const response = await fetch(url, { cache: "no-store", signal: AbortSignal.timeout(5_000) })
    if (!response.ok) return null
    const body = (await response.json()) as { docs: Faq[] }
    return body.docs
  } catch {
    return null
  }
}
