import { describe, expect, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, latestMail, portalLink, signIn, storefront, visit } from "./support/portal"

const ui = useBrowser()
const COLLEAGUE = { email: "events.helper@example.com", name: "Lerato Helper", password: "tents chairs and tables" }
// Demo accounts the other browser tests do not use, so inviting people here changes nothing they look at.
const [FIRST, SECOND] = [DEMO_CUSTOMERS[2]!, DEMO_CUSTOMERS[3]!]

const navLinks = async () => (await ui.page.getByRole("navigation", { name: "Account" }).getByRole("link").allTextContents()).map((text) => text.trim())

/** An account's Admin signs in, opens Team and invites the colleague with a role. */
async function invite(admin: (typeof DEMO_CUSTOMERS)[number], role: "Viewer" | "Buyer") {
  await ui.context.clearCookies()
  await visit(ui.page, storefront("/login"))
  await signIn(ui.page, admin.customerNumber, DEMO_CUSTOMER_PASSWORD)
  await arrive(ui.page, storefront("/account"))
  await ui.page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Team" }).click()
  await arrive(ui.page, storefront("/account/team"))
  const form = ui.page.getByRole("form", { name: "Invite a colleague" })
  await form.getByLabel("Email").fill(COLLEAGUE.email)
  await form.getByLabel("Role").selectOption({ label: role })
  await form.getByRole("button", { name: "Send invitation" }).click()
  await ui.page.getByRole("status").filter({ hasText: `Invitation sent to ${COLLEAGUE.email}` }).waitFor()
  await expect(ui.page.getByText(COLLEAGUE.email).first().isVisible()).resolves.toBe(true)
}

describe("company accounts in the browser", () => {
  it("invites a colleague who joins, sees what their role allows, and switches between two accounts", async () => {
    await invite(FIRST, "Viewer")
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    // The colleague follows the emailed link, chooses a name and password, and signs in with their email.
    await ui.context.clearCookies()
    const link = portalLink(await latestMail(COLLEAGUE.email, /You are invited/))
    expect(new URL(link).pathname).toBe("/join")
    await visit(ui.page, link)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.getByLabel("Your name").fill(COLLEAGUE.name)
    await ui.page.getByLabel("Choose a password").fill(COLLEAGUE.password)
    await ui.page.getByLabel("Type it again").fill(COLLEAGUE.password)
    await ui.page.getByRole("button", { name: "Accept the invitation" }).click()
    await ui.page.getByRole("status").filter({ hasText: "Welcome!" }).waitFor()
    await ui.page.getByRole("link", { name: "Sign in" }).click()
    await arrive(ui.page, /\/login/)
    await signIn(ui.page, COLLEAGUE.email, COLLEAGUE.password)
    await arrive(ui.page, storefront("/account"))
    await expect(ui.page.getByRole("banner").getByText(COLLEAGUE.name).isVisible()).resolves.toBe(true)
    // A Viewer reads orders and invoices: no cart, no team; the team page itself says why it is not theirs.
    expect(await navLinks()).toEqual(["Dashboard", "Notifications", "Orders", "Invoices", "Support", "Help", "Profile", "Security"])
    const refused = await ui.page.goto(storefront("/account/team"))
    expect(refused?.status()).toBe(403)
    await expect(ui.page.getByRole("heading", { name: "Not part of your role" }).isVisible()).resolves.toBe(true)
    await expect(ui.page.getByText("Your role in this account is Viewer").isVisible()).resolves.toBe(true)

    // A second company invites the same person as a Buyer: one login, two accounts, a switcher in the header.
    await invite(SECOND, "Buyer")
    await ui.context.clearCookies()
    await visit(ui.page, portalLink(await latestMail(COLLEAGUE.email, /You are invited/)))
    await ui.page.getByRole("button", { name: "Accept the invitation" }).click()
    await ui.page.getByRole("status").filter({ hasText: "The account is added to your login" }).waitFor()
    await visit(ui.page, storefront("/login"))
    await signIn(ui.page, COLLEAGUE.email, COLLEAGUE.password)
    await arrive(ui.page, storefront("/account"))
    const switcher = ui.page.getByRole("banner").getByLabel("Account")
    expect(await switcher.locator("option").count()).toBe(2)
    const other = ui.page.getByRole("banner").locator("option", { hasText: "Buyer" })
    await switcher.selectOption({ value: (await other.getAttribute("value"))! })
    await ui.page.getByRole("banner").getByRole("button", { name: "Switch" }).click()
    await ui.page.waitForFunction(() => document.querySelector("nav[aria-label='Account']")?.textContent?.includes("Cart"))
    expect(await navLinks()).toEqual(["Dashboard", "Notifications", "Orders", "Cart", "Insights", "Support", "Help", "Profile", "Security"])
    // The page's main part follows the switch as well (waited for: it renders after the navigation).
    await ui.page.getByRole("main").getByText("Buyer", { exact: false }).first().waitFor()
  })

  it("fits the Team page and the join page into a 360 px screen", async () => {
    await ui.page.setViewportSize({ width: 360, height: 800 })
    await visit(ui.page, storefront("/login"))
    await signIn(ui.page, FIRST.customerNumber, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account"))
    await visit(ui.page, storefront("/account/team"))
    expect(await overflowsHorizontally(ui.page)).toBe(false)
    await ui.page.screenshot({ path: ".data/e2e/team-360.png", fullPage: true })
    await ui.page.setViewportSize({ width: 1280, height: 900 })
    await ui.page.screenshot({ path: ".data/e2e/team-1280.png", fullPage: true })
    await ui.context.clearCookies()
    await ui.page.setViewportSize({ width: 360, height: 800 })
    await visit(ui.page, storefront("/join?token=not-a-real-one"))
    await expect(ui.page.getByRole("heading", { name: "This invitation does not work" }).isVisible()).resolves.toBe(true)
    expect(await overflowsHorizontally(ui.page)).toBe(false)
  })
})
