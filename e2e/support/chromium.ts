import { type Browser, chromium } from "playwright-core"

/** Debian's Chromium, headless, with the flags this machine's closed network needs (tests and benchmarks). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  })
}
