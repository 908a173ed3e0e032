import type { Browser, Page } from "playwright-core"
import { signIn as signInThroughForm, visit } from "../support/portal"
import { VISUAL_PAGES, type VisualPage, stabilize } from "./pages"

export interface Shot {
  page: VisualPage
  width: number
  png: Buffer
}

/** Signs in through the form, as a customer would, and waits for the account home. */
async function signIn(page: Page, baseUrl: string, identifier: string, password: string) {
  await visit(page, new URL("/login", baseUrl).toString())
  await signInThroughForm(page, identifier, password)
  await page.waitForURL(/\/account/)
}

/**
 * Screenshots of every page at one width, signed out and then signed in as `customer`: full pages, animations
 * off, volatile dates made fixed (see stabilize), the browser's scrollbars hidden.
 */
export async function captureAt(
  browser: Browser,
  baseUrl: string,
  width: number,
  customer: { identifier: string; password: string },
  /** Runs on each page as the customer gets it, before its dates are made fixed for the screenshot. */
  inspect: (page: Page, visual: VisualPage) => Promise<void> = async () => undefined
): Promise<Shot[]> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, baseURL: baseUrl, reducedMotion: "reduce", timezoneId: "Africa/Johannesburg", locale: "en-ZA" })
  const shots: Shot[] = []
  try {
    const page = await context.newPage()
    let signedIn = false
    for (const visual of [...VISUAL_PAGES].sort((a, b) => Number(a.signedIn) - Number(b.signedIn))) {
      if (visual.signedIn && !signedIn) {
        await signIn(page, baseUrl, customer.identifier, customer.password)
        signedIn = true
      }
      const path = typeof visual.path === "string" ? visual.path : await visual.path(page)
      await visit(page, path, { waitUntil: "networkidle" })
      await page.evaluate(() => document.fonts.ready)
      await inspect(page, visual)
      await stabilize(page)
      shots.push({
        page: visual,
        width,
        png: await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide", mask: (visual.mask ?? []).map((selector) => page.locator(selector)) }),
      })
    }
  } finally {
    await context.close()
  }
  return shots
}
