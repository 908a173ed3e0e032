import { describe, expect, it } from "vitest"
import { DEMO_IDP_PASSWORD, DEMO_IDP_USERS, DEMO_SSO_COMPANY } from "../integrations/src/sso/demo-company"
import { seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, storefront, visit } from "./support/portal"

const ui = useBrowser()
const chef = DEMO_IDP_USERS.find((user) => user.groups?.includes("kitchen-managers"))!
const navLinks = async () => (await ui.page.getByRole("navigation", { name: "Account" }).getByRole("link").allTextContents()).map((text) => text.trim())

describe("single sign-on in the browser", () => {
  it("sends a demo company's person to its identity provider from the email alone, back in with their group's role, and out of both", async () => {
    await ui.context.clearCookies()
    await visit(ui.page, storefront("/login"))
    // Identifier-first: no password field until the email says how this person signs in.
    await expect(ui.page.getByLabel("Password").count()).resolves.toBe(0)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.getByLabel("Email or customer number").fill(chef.email)
    await ui.page.getByRole("button", { name: "Continue" }).click()

    // The company's own sign-in page (the demo identity provider), with the email already filled in.
    await ui.page.getByRole("heading", { name: DEMO_SSO_COMPANY.displayName }).waitFor()
    expect(await ui.page.getByLabel("Email").inputValue()).toBe(chef.email)
    await ui.page.getByLabel("Password").fill(DEMO_IDP_PASSWORD)
    await ui.page.getByRole("button", { name: "Sign in" }).click()

    // Back in the portal, signed in as a new person of Karoo Kitchen with the Buyer role their group maps to.
    await arrive(ui.page, storefront("/account"))
    await expect(ui.page.getByRole("banner").getByText(chef.name).isVisible()).resolves.toBe(true)
    expect(await navLinks()).toEqual(["Dashboard", "Notifications", "Orders", "Cart", "Insights", "Support", "Help", "Profile", "Security"])

    // Signing out ends the portal session and the company's: its logout page brings the person back here.
    await ui.page.getByRole("button", { name: "Sign out" }).click()
    await ui.page.getByRole("heading", { name: "Sign out?" }).waitFor()
    await ui.page.getByRole("button", { name: "Sign out" }).click()
    await arrive(ui.page, storefront("/login?signedOut=1"))
    await ui.page.getByRole("status").filter({ hasText: "You have signed out." }).waitFor()
    // The provider's session is gone too: signing in again asks for the password there.
    await ui.page.getByLabel("Email or customer number").fill(chef.email)
    await ui.page.getByRole("button", { name: "Continue" }).click()
    await ui.page.getByRole("heading", { name: DEMO_SSO_COMPANY.displayName }).waitFor()
    await expect(ui.page.getByLabel("Password").isVisible()).resolves.toBe(true)
  })

  it("signs nobody in with a callback this browser did not start (login CSRF)", async () => {
    await ui.context.clearCookies()
    await visit(ui.page, storefront("/sso/callback?code=someone-elses-code&state=someone-elses-state"))
    await arrive(ui.page, storefront("/login?sso=failed"))
    await ui.page.getByRole("alert").filter({ hasText: "This sign-in was not started in this browser. Please sign in again." }).waitFor()
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
  })
})
