import type { Page } from "playwright-core"

/** The page's largest contentful paint, in ms from navigation start, once the page has loaded. */
export function largestContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: "largest-contentful-paint", buffered: true })
      })
  )
}
