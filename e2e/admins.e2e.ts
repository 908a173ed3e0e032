import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest"
import { launchBrowser } from "./support/browser"

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  await context?.close()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
})

describe("the admins", () => {
  it("lets staff sign in to the Medusa admin and see the seeded customers", async () => {
    const { email, password } = inject("staff")
    await page.goto(new URL("/app", inject("medusaUrl")).toString())
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.getByRole("button", { name: /continue with email/i }).click()
    await page.waitForURL(/\/app\/orders/)
    await page.goto(new URL("/app/customers", inject("medusaUrl")).toString())
    const customerRow = page.getByText("orders@freshcorner.example").first()
    await customerRow.waitFor({ timeout: 15_000 })
    expect(await customerRow.isVisible()).toBe(true)
  })

  it("refuses the Medusa admin to a wrong staff password", async () => {
    await page.goto(new URL("/app/login", inject("medusaUrl")).toString())
    await page.locator('input[name="email"]').fill(inject("staff").email)
    await page.locator('input[name="password"]').fill("wrong-password")
    await page.getByRole("button", { name: /continue with email/i }).click()
    await page.getByText(/invalid email or password/i).waitFor()
    expect(new URL(page.url()).pathname).toBe("/app/login")
  })

  it("lets an editor sign in to the CMS admin and open the FAQs", async () => {
    const { email, password } = inject("editor")
    await page.goto(new URL("/admin", inject("cmsUrl")).toString())
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.getByRole("button", { name: /login/i }).click()
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(new URL("/admin/collections/faqs", inject("cmsUrl")).toString())
    const faqRow = page.getByText("Where is my order?").first()
    await faqRow.waitFor({ timeout: 15_000 })
    expect(await faqRow.isVisible()).toBe(true)
  })
})
