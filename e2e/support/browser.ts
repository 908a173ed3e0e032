import AxeBuilder from "@axe-core/playwright"
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core"
import { afterAll, beforeAll, beforeEach } from "vitest"

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  })
}

/** Accessibility violations that would stop someone using the page (axe "serious" and "critical"). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)
}

/** True when the page is wider than the viewport, i.e. the customer would have to scroll sideways. */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

/**
 * One Chromium for the test file and a fresh desktop context (no cookies) for every test: `ui.page` is the
 * page of the test that is running.
 */
export function useBrowser(viewport = { width: 1280, height: 900 }) {
  const state: { browser?: Browser; context?: BrowserContext; page?: Page } = {}
  beforeAll(async () => {
    state.browser = await launchBrowser()
  })
  afterAll(async () => {
    await state.browser?.close()
  })
  beforeEach(async () => {
    await state.context?.close()
    state.context = await state.browser!.newContext({ viewport })
    state.page = await state.context.newPage()
  })
  return {
    get browser() {
      return state.browser!
    },
    get context() {
      return state.context!
    },
    get page() {
      return state.page!
    },
  }
}
