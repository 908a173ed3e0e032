import AxeBuilder from "@axe-core/playwright"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, beforeEach } from "vitest"
import { launchBrowser } from "./chromium"

export { launchBrowser }

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
