import { describe, expect, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { DEMO_SSO_COMPANY } from "../integrations/src/sso/demo-company"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, signIn, storefront, visit } from "./support/portal"

const ui = useBrowser()

describe("signing in to the account area", () => {
  it("takes every demo customer to their own dashboard", async () => {
    for (const customer of DEMO_CUSTOMERS) {
      await ui.context.clearCookies()
      await visit(ui.page, storefront("/login"))
      // The company with single sign-on uses its password login by customer number (its email goes to its provider).
      const identifier = customer.customerNumber === DEMO_SSO_COMPANY.customerNumber ? customer.customerNumber : customer.email
      await signIn(ui.page, identifier, DEMO_CUSTOMER_PASSWORD)
      await arrive(ui.page, storefront("/account"))
      await expect(ui.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Welcome, ${customer.firstName} ${customer.lastName}`)
      await expect(ui.page.getByText(`Customer number ${customer.customerNumber}`).isVisible()).resolves.toBe(true)
    }
  })

  it("says plainly when the password is wrong, and keeps what was typed", async () => {
    const customer = DEMO_CUSTOMERS[0]!
    await visit(ui.page, storefront("/login"))
    await signIn(ui.page, customer.email, "not-my-password")
    // Next.js keeps an empty role="alert" route announcer on every page, so look for ours by its words.
    const alert = ui.page.getByRole("alert").filter({ hasText: "do not match" })
    await alert.waitFor()
    expect(await alert.textContent()).toBe("That email or customer number and password do not match. First time here? Choose “First time here?” to set your password.")
    expect(ui.page.url()).toBe(storefront("/login"))
    expect(await ui.page.getByLabel("Email or customer number").inputValue()).toBe(customer.email)
  })

  it("sends a signed-out visitor to sign in and back to the page they asked for", async () => {
    await visit(ui.page, storefront("/account/invoices"))
    expect(new URL(ui.page.url()).pathname).toBe("/login")
    // By number: the demo company behind this email signs its people in through its own identity provider.
    await signIn(ui.page, DEMO_CUSTOMERS[1]!.customerNumber, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account/invoices"))
    await expect(ui.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Invoices")
  })

  it("signs out and then keeps the account area closed", async () => {
    await visit(ui.page, storefront("/login"))
    await signIn(ui.page, DEMO_CUSTOMERS[2]!.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account"))
    await ui.page.getByRole("button", { name: "Sign out" }).click()
    await arrive(ui.page, /\/login\?signedOut=1$/)
    await expect(ui.page.getByText("You have signed out.").isVisible()).resolves.toBe(true)
    await visit(ui.page, storefront("/account"))
    expect(new URL(ui.page.url()).pathname).toBe("/login")
  })
})

describe("the storefront's security headers", () => {
  it("runs the pages' scripts under a strict CSP with a fresh nonce per response, and refuses framing", async () => {
    const first = await fetch(storefront("/login"))
    const second = await fetch(storefront("/login"))
    const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1]
    expect(nonceOf(first)).toBeTruthy()
    expect(nonceOf(second)).not.toBe(nonceOf(first))
    expect(first.headers.get("content-security-policy")).toContain("frame-ancestors 'none'")
    expect(first.headers.get("x-frame-options")).toBe("DENY")
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    // Plain HTTP here: HSTS is only sent behind TLS.
    expect(first.headers.get("strict-transport-security")).toBeNull()

    const violations: string[] = []
    ui.page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text())
    })
    await visit(ui.page, storefront("/login"))
    await signIn(ui.page, DEMO_CUSTOMERS[0]!.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account"))
    // Next.js's client starts only if its scripts were allowed to run.
    await ui.page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version), null, { timeout: 10_000 })
    expect(violations).toEqual([])
  })
})

describe("the account layout", () => {
  it("shows an Admin every section in the navigation, marks the current one, and passes axe", async () => {
    await visit(ui.page, storefront("/login"))
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await signIn(ui.page, DEMO_CUSTOMERS[3]!.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account"))
    const nav = ui.page.getByRole("navigation", { name: "Account" })
    expect(await nav.getByRole("link").allTextContents()).toEqual(["Dashboard", "Notifications", "Orders", "Cart", "Invoices", "Insights", "Support", "Help", "Team", "Profile", "Security"])
    expect(await nav.getByRole("link", { name: "Dashboard" }).getAttribute("aria-current")).toBe("page")
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    await nav.getByRole("link", { name: "Orders" }).click()
    await arrive(ui.page, storefront("/account/orders"))
    expect(await nav.getByRole("link", { name: "Orders" }).getAttribute("aria-current")).toBe("page")
  })

  it("fits a 360 px wide phone without sideways scrolling", async () => {
    const phone = await ui.browser.newContext({ viewport: { width: 360, height: 740 } })
    const phonePage = await phone.newPage()
    await visit(phonePage, storefront("/login"))
    expect(await overflowsHorizontally(phonePage)).toBe(false)
    await signIn(phonePage, DEMO_CUSTOMERS[0]!.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(phonePage, storefront("/account"))
    for (const path of ["/account", "/account/orders", "/help"]) {
      await visit(phonePage, storefront(path))
      expect(await overflowsHorizontally(phonePage), path).toBe(false)
      const nav = phonePage.getByRole("navigation", { name: "Account" })
      await expect(nav.getByRole("link", { name: "Profile" }).isVisible()).resolves.toBe(true)
    }
    await phone.close()
  })
})
