import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "@portal/integrations/orderflow"
import pixelmatch from "pixelmatch"
import { PNG } from "pngjs"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchBrowser } from "./support/chromium"
import { captureAt, type Shot } from "./visual/capture"
import { layoutProblems } from "./visual/layout"
import { VISUAL_WIDTHS } from "./visual/pages"

/**
 * Every customer page at 360, 768 and 1280 px, compared with the screenshots kept in e2e/visual/baselines.
 * `npm run test:visual -- --update` accepts a deliberate change (it rewrites the baselines). A failed comparison
 * leaves the new screenshot and a diff image in .data/visual/ to look at.
 */
const BASELINES = path.join(import.meta.dirname, "visual/baselines")
const RESULTS = path.join(import.meta.dirname, "../.data/visual")
const UPDATE = process.env.VISUAL_UPDATE === "1"
/** Share of a screenshot's pixels that may differ (anti-aliasing); a moved or restyled element is far more. */
const TOLERANCE = 0.002

function compare(shot: Shot): string | null {
  const file = `${shot.page.name}-${shot.width}.png`
  const baselinePath = path.join(BASELINES, file)
  if (UPDATE) {
    writeFileSync(baselinePath, shot.png)
    return null
  }
  if (!existsSync(baselinePath)) return `${file}: no baseline yet (run npm run test:visual -- --update and look at it)`
  const baseline = PNG.sync.read(readFileSync(baselinePath))
  const actual = PNG.sync.read(shot.png)
  mkdirSync(RESULTS, { recursive: true })
  const keep = (diff?: PNG) => {
    writeFileSync(path.join(RESULTS, file), shot.png)
    if (diff) writeFileSync(path.join(RESULTS, file.replace(".png", ".diff.png")), PNG.sync.write(diff))
  }
  if (baseline.width !== actual.width || baseline.height !== actual.height) {
    keep()
    return `${file}: ${actual.width}×${actual.height} px, the baseline is ${baseline.width}×${baseline.height} px`
  }
  const diff = new PNG({ width: actual.width, height: actual.height })
  const different = pixelmatch(baseline.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 })
  const share = different / (actual.width * actual.height)
  if (share <= TOLERANCE) return null
  keep(diff)
  return `${file}: ${(share * 100).toFixed(2)} % of pixels differ (${different})`
}

describe("how the portal looks", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(BASELINES, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  const customer = { identifier: DEMO_CUSTOMERS[0]!.email, password: DEMO_CUSTOMER_PASSWORD }

  for (const width of VISUAL_WIDTHS) {
    it(`lays out every page sensibly at ${width} px and matches its baseline screenshots`, async () => {
      const problems: string[] = []
      const shots = await captureAt(browser, inject("storefrontUrl"), width, customer, async (page, visual) => {
        for (const problem of await layoutProblems(page, width)) problems.push(`${visual.name} at ${width} px: ${problem}`)
      })
      expect(problems).toEqual([])
      expect(shots.length).toBeGreaterThan(10)
      expect(shots.map(compare).filter(Boolean)).toEqual([])
    }, 180_000)
  }
})
