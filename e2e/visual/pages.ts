import type { Page } from "playwright-core"

/** A page the visual tests look at: where it is (found from a list page for detail pages) and whether it needs a session. */
export interface VisualPage {
  name: string
  signedIn: boolean
  path: string | ((page: Page) => Promise<string>)
  /** Parts whose content depends on the calendar, not on the demo data: painted over in the screenshot. */
  mask?: string[]
}

/** The Johannesburg day `days` from today, as YYYY-MM-DD. */
const dayFromToday = (days: number) => new Date(Date.now() + 2 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)

/** The href of the first link in the page's main table that starts with `prefix` (an order or invoice of the list). */
const firstLink = (listPath: string, prefix: string) => async (page: Page) => {
  await page.goto(listPath)
  const href = await page.locator(`main table a[href^="${prefix}"]`).first().getAttribute("href")
  if (!href) throw new Error(`${listPath} lists nothing under ${prefix}`)
  return href
}

/** Every page a customer meets, signed out and signed in. */
export const VISUAL_PAGES: VisualPage[] = [
  { name: "sign-in", signedIn: false, path: "/login" },
  { name: "activation", signedIn: false, path: "/activate" },
  { name: "reset", signedIn: false, path: "/reset-password" },
  { name: "help", signedIn: false, path: "/help" },
  { name: "help-article", signedIn: false, path: "/help/articles/statements-and-aging" },
  { name: "help-search", signedIn: true, path: "/help/search?q=statment" },
  { name: "not-found", signedIn: false, path: "/no-such-page" },
  { name: "dashboard", signedIn: true, path: "/account" },
  { name: "orders", signedIn: true, path: "/account/orders" },
  { name: "order", signedIn: true, path: firstLink("/account/orders", "/account/orders/") },
  { name: "cart", signedIn: true, path: "/account/cart" },
  { name: "invoices", signedIn: true, path: "/account/invoices" },
  { name: "invoice", signedIn: true, path: firstLink("/account/invoices", "/account/invoices/") },
  // The demo data is made relative to when it was made, the default period (this year so far) and last month's
  // statement are calendar months: a period relative to today, and the monthly statement's figures masked.
  {
    name: "statements",
    signedIn: true,
    path: async () => `/account/statements?from=${dayFromToday(-75)}&to=${dayFromToday(-45)}`,
    mask: ['main li:has(> a[href$="/pdf"][download])'],
  },
  { name: "payments", signedIn: true, path: "/account/payments" },
  { name: "exports", signedIn: true, path: "/account/exports" },
  { name: "profile-and-addresses", signedIn: true, path: "/account/profile" },
  { name: "security", signedIn: true, path: "/account/security" },
  { name: "support", signedIn: true, path: "/account/support" },
  { name: "order-not-found", signedIn: true, path: "/account/orders/1" },
]

export const VISUAL_WIDTHS = [360, 768, 1280] as const

/**
 * Makes a page look the same on every day: dates, times and day counts depend on when the demo data was made
 * and the test runs, so they become fixed text of the same shape. Everything else (layout, colours, the data's
 * own figures) is compared as it is.
 */
export async function stabilize(page: Page): Promise<void> {
  await page.evaluate(() => {
    const months = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
    const weekday = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?"
    const replacements: [RegExp, string][] = [
      // Delivery estimates depend on the weekday the test runs on (the estimator compares weekdays): one shape.
      [new RegExp(`\\b${weekday}\\s\\d{1,2}(?:\\s${months})?(?:\\s–\\s${weekday}\\s\\d{1,2})?\\s${months}`, "g"), "Mon 15 – Wed 17 Jun"],
      [/Based on \d+ similar deliver[^.]*\./g, "Based on 100 similar deliveries by The Courier Guy to Gauteng."],
      [new RegExp(`\\b\\d{1,2} ${months} \\d{4}\\b`, "g"), "15 Jun 2026"],
      [new RegExp(`\\b${months} \\d{4}\\b`, "g"), "June 2026"],
      [new RegExp(`\\b\\d{1,2} ${months}\\b`, "g"), "15 Jun"],
      [/\b\d{4}-\d{2}-\d{2}\b/g, "2026-06-15"],
      [/\b\d{1,2}:\d{2}(:\d{2})?\b/g, "12:00"],
    ]
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let text = node.nodeValue ?? ""
      for (const [pattern, replacement] of replacements) text = text.replace(pattern, replacement)
      if (text !== node.nodeValue) node.nodeValue = text
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="date"]')) if (input.value) input.value = "2026-06-15"
    // Whether an estimate now ends after its promise depends on the weekday too.
    for (const element of document.querySelectorAll("[data-running-late]")) element.remove()
    // No caret blinking or focus ring from a page's autofocus.
    ;(document.activeElement as HTMLElement | null)?.blur()
  })
}
