import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { launchBrowser, overflowsHorizontally, seriousAccessibilityViolations } from "./support/browser"
import { signIn, storefront } from "./support/portal"

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

describe("signing in to the account area", () => {
  it("takes every demo customer to their own dashboard", async () => {
    for (const customer of DEMO_CUSTOMERS) {
      await context.clearCookies()
      await page.goto(storefront("/login"))
      await signIn(page, customer.email, DEMO_CUSTOMER_PASSWORD)
      await page.waitForURL(storefront("/account"))
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Welcome, ${customer.firstName} ${customer.lastName}`)
      await expect(page.getByText(`Customer number ${customer.customerNumber}`).isVisible()).resolves.toBe(true)
    }
  })

  it("says plainly when the password is wrong, and keeps the email typed", async () => {
    const customer = DEMO_CUSTOMERS[0]!
    await page.goto(storefront("/login"))
    await signIn(page, customer.email, "not-my-password")
    // Next.js keeps an empty role="alert" route announcer on every page, so look for ours by its words.
    const alert = page.getByRole("alert").filter({ hasText: "do not match an account" })
    await alert.waitFor()
    expect(await alert.textContent()).toBe("That email and password do not match an account. Check them and try again.")
    expect(page.url()).toBe(storefront("/login"))
    expect(await page.getByLabel("Email address").inputValue()).toBe(customer.email)
  })

  it("sends a signed-out visitor to sign in and back to the page they asked for", async () => {
    await page.goto(storefront("/account/invoices"))
    expect(new URL(page.url()).pathname).toBe("/login")
    await signIn(page, DEMO_CUSTOMERS[1]!.email, DEMO_CUSTOMER_PASSWORD)
    await page.waitForURL(storefront("/account/invoices"))
    await expect(page.getByText("This page is not available yet.").isVisible()).resolves.toBe(true)
  })

  it("signs out and then keeps the account area closed", async () => {
    await page.goto(storefront("/login"))
    await signIn(page, DEMO_CUSTOMERS[2]!.email, DEMO_CUSTOMER_PASSWORD)
    await page.waitForURL(storefront("/account"))
    await page.getByRole("button", { name: "Sign out" }).click()
    await page.waitForURL(/\/login\?signedOut=1$/)
    await expect(page.getByText("You have signed out.").isVisible()).resolves.toBe(true)
    await page.goto(storefront("/account"))
    expect(new URL(page.url()).pathname).toBe("/login")
  })
})

describe("the account layout", () => {
  it("shows every section in the navigation, marks the current one, and passes axe", async () => {
    await page.goto(storefront("/login"))
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await signIn(page, DEMO_CUSTOMERS[3]!.email, DEMO_CUSTOMER_PASSWORD)
    await page.waitForURL(storefront("/account"))
    const nav = page.getByRole("navigation", { name: "Account" })
    expect(await nav.getByRole("link").allTextContents()).toEqual(["Dashboard", "Orders", "Invoices", "Support", "Help", "Profile"])
    expect(await nav.getByRole("link", { name: "Dashboard" }).getAttribute("aria-current")).toBe("page")
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    await nav.getByRole("link", { name: "Orders" }).click()
    await page.waitForURL(storefront("/account/orders"))
    expect(await nav.getByRole("link", { name: "Orders" }).getAttribute("aria-current")).toBe("page")
  })

  it("fits a 360 px wide phone without sideways scrolling", async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const phonePage = await phone.newPage()
    await phonePage.goto(storefront("/login"))
    expect(await overflowsHorizontally(phonePage)).toBe(false)
    await signIn(phonePage, DEMO_CUSTOMERS[0]!.email, DEMO_CUSTOMER_PASSWORD)
    await phonePage.waitForURL(storefront("/account"))
    for (const path of ["/account", "/account/orders", "/help"]) {
      await phonePage.goto(storefront(path))
      expect(await overflowsHorizontally(phonePage), path).toBe(false)
      const nav = phonePage.getByRole("navigation", { name: "Account" })
      await expect(nav.getByRole("link", { name: "Profile" }).isVisible()).resolves.toBe(true)
    }
    await phone.close()
  })
})
