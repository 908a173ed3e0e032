/**
 * `npm run bench:pages`: the production build in Chromium, signed in as the customer with 5,000 orders; the largest
 * contentful paint of the dashboard, the order list and an order's page, each loaded cold (new page, warm server)
 * several times. Prints the median and the worst.
 */
import { DEMO_CUSTOMER_PASSWORD } from "../integrations/src/orderflow/demo-customers"
import { launchBrowser } from "../e2e/support/chromium"
import { BIG_CUSTOMER, startWithBigCustomer, useBenchEnvironment } from "./lib/big-customer"
import { largestContentfulPaint } from "./lib/paint"

const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 7)

export default async function pagesBenchmark() {
  useBenchEnvironment(25360)
  const stack = await startWithBigCustomer()
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const url = (path: string) => new URL(path, stack.config.urls.storefront).toString()
    await page.goto(url("/login?method=password&next=/account"))
    await page.getByLabel("Email or customer number").fill(BIG_CUSTOMER.customerNumber)
    await page.getByLabel("Password").fill(DEMO_CUSTOMER_PASSWORD)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL(url("/account"))
    const ordNo = await page.getByRole("region", { name: "Your orders" }).getByRole("link", { name: /^Order \d+$/ }).first().textContent()
    const pages = [
      ["dashboard", "/account"],
      ["order list", "/account/orders"],
      ["order detail", `/account/orders/${ordNo!.replace(/\D/g, "")}`],
    ] as const
    console.log(`largest contentful paint, ${LOADS} loads each (production build, ${BIG_CUSTOMER.customerNumber} with 5,000+ orders):`)
    for (const [name, path] of pages) {
      await (await context.newPage()).goto(url(path)) // warm the route once, as any visitor before would
      const paints: number[] = []
      for (let load = 0; load < LOADS; load++) {
        const fresh = await context.newPage()
        await fresh.goto(url(path), { waitUntil: "load" })
        paints.push(await largestContentfulPaint(fresh))
        await fresh.close()
      }
      paints.sort((a, b) => a - b)
      console.log(`  ${name.padEnd(14)} median ${paints[Math.floor(paints.length / 2)]!.toFixed(0).padStart(5)} ms   worst ${paints.at(-1)!.toFixed(0).padStart(5)} ms   (target: at most 1,000 ms)`)
    }
  } finally {
    await browser.close()
    await stack.stop()
  }
}
