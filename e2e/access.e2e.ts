import pg from "pg"
import { afterAll, describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, latestMail, portalLink, signIn, storefront, visit } from "./support/portal"

/** The e2e stack's Medusa database (see support/global-setup.ts). */
const medusaDb = new pg.Pool({ connectionString: inject("databaseUrls").medusa, max: 2 })
afterAll(() => medusaDb.end())

const ui = useBrowser()
const PASSWORD = "crates of lemons by friday"

/** An imported OrderFlow customer with an email on file who has never signed in (no portal identity yet). */
async function importedCustomer(skip: string[] = []): Promise<{ number: string; email: string }> {
  const { rows } = await medusaDb.query<{ number: string; email: string }>(
    `SELECT c.metadata->>'customer_number' AS number, c.email FROM customer c
      WHERE c.email IS NOT NULL AND c.metadata->>'customer_number' IS NOT NULL AND c.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM provider_identity p WHERE p.provider = 'portal' AND p.entity_id = c.metadata->>'customer_number')
        AND NOT (c.metadata->>'customer_number' = ANY($1))
      ORDER BY c.metadata->>'customer_number' LIMIT 1`,
    [[...DEMO_CUSTOMERS.map((demo) => demo.customerNumber), ...skip]]
  )
  if (!rows[0]) throw new Error("The demo import has no customer left to activate")
  return rows[0]
}

async function choosePassword(link: string, password: string) {
  await visit(ui.page, link)
  await ui.page.getByLabel("New password").fill(password)
  await ui.page.getByLabel("Type it again").fill(password)
  await ui.page.getByRole("button", { name: "Save password" }).click()
  await ui.page.getByRole("status").filter({ hasText: "Your password is set" }).waitFor()
}

/** "First time here?" from the sign-in page, through the email, to a chosen password. */
async function activate(customer: { number: string; email: string }, password: string) {
  await visit(ui.page, storefront("/activate"))
  await ui.page.getByLabel("Email or customer number").fill(customer.number)
  await ui.page.getByRole("button", { name: "Email me a link" }).click()
  await ui.page.getByRole("status").filter({ hasText: "we have emailed a link" }).waitFor()
  await choosePassword(portalLink(await latestMail(customer.email, /Set up your customer portal password/)), password)
}

describe("customer access in the browser", () => {
  it("activates an imported customer from the email in the inbox, then signs in by customer number and by email", async () => {
    const customer = await importedCustomer()
    await visit(ui.page, storefront("/login"))
    await ui.page.getByRole("link", { name: "First time here? Set up your password" }).click()
    await arrive(ui.page, storefront("/activate"))
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.getByLabel("Email or customer number").fill(customer.number)
    await ui.page.getByRole("button", { name: "Email me a link" }).click()
    await ui.page.getByRole("status").filter({ hasText: "we have emailed a link" }).waitFor()

    const mail = await latestMail(customer.email, /Set up your customer portal password/)
    const link = portalLink(mail)
    expect(new URL(link).pathname).toBe("/activate")
    // The rules are on the form, and a common password is refused without using up the link.
    await visit(ui.page, link)
    await expect(ui.page.getByText("At least 10 characters").isVisible()).resolves.toBe(true)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.getByLabel("New password").fill("password123")
    await ui.page.getByLabel("Type it again").fill("password123")
    await ui.page.getByRole("button", { name: "Save password" }).click()
    await ui.page.getByRole("alert").filter({ hasText: "too common" }).waitFor()
    await choosePassword(link, PASSWORD)

    await visit(ui.page, storefront("/login"))
    await signIn(ui.page, customer.number.toLowerCase(), PASSWORD)
    await arrive(ui.page, storefront("/account"))
    await expect(ui.page.getByText(`Customer number ${customer.number}`).isVisible()).resolves.toBe(true)
    await ui.context.clearCookies()
    await visit(ui.page, storefront("/login"))
    await signIn(ui.page, customer.email, PASSWORD)
    await arrive(ui.page, storefront("/account"))

    // The Security page lists both sign-ins.
    await visit(ui.page, storefront("/account/security"))
    await expect(ui.page.getByRole("cell", { name: "Signed in" }).count()).resolves.toBeGreaterThanOrEqual(2)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
  })

  it("resets a forgotten password from the email", async () => {
    // A customer of its own, so the demo logins other tests use keep their password.
    const customer = await importedCustomer()
    await activate(customer, "first password of mine")
    const demo = { email: customer.email, customerNumber: customer.number }
    await visit(ui.page, storefront("/login"))
    await ui.page.getByRole("link", { name: "Forgot your password?" }).click()
    await arrive(ui.page, storefront("/reset-password"))
    await ui.page.getByLabel("Email or customer number").fill(demo.email)
    await ui.page.getByRole("button", { name: "Email me a link" }).click()
    await ui.page.getByRole("status").filter({ hasText: "If these details match an account" }).waitFor()
    const link = portalLink(await latestMail(demo.email, /Reset your customer portal password/))
    expect(new URL(link).pathname).toBe("/reset-password")
    await choosePassword(link, PASSWORD)
    await visit(ui.page, storefront("/login"))
    await signIn(ui.page, demo.customerNumber, "first password of mine")
    await ui.page.getByRole("alert").filter({ hasText: "do not match" }).waitFor()
    await signIn(ui.page, demo.customerNumber, PASSWORD)
    await arrive(ui.page, storefront("/account"))
  })

  it("signs out after the idle time and returns the customer to the same page after signing in again", async () => {
    const demo = DEMO_CUSTOMERS[2]!
    await visit(ui.page, storefront("/account/profile"))
    await signIn(ui.page, demo.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account/profile"))
    // The stack runs with a 2-minute idle limit (SESSION_IDLE_MINUTES); rather than wait, the session's last
    // activity is moved 3 minutes back, as if the customer had walked away.
    await medusaDb.query(
      `UPDATE customer_session SET last_seen_at = now() - interval '3 minutes'
        WHERE ended_at IS NULL AND customer_id = (SELECT id FROM customer WHERE metadata->>'customer_number' = $1)`,
      [demo.customerNumber]
    )
    await visit(ui.page, storefront("/account/orders"))
    await arrive(ui.page, (url) => url.pathname === "/login")
    await expect(ui.page.getByRole("status").filter({ hasText: "You were signed out after 2 minutes of inactivity" }).isVisible()).resolves.toBe(true)
    await signIn(ui.page, demo.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account/orders"))
  })

  it("locks an account after repeated failed sign-ins and says when to try again", async () => {
    const customer = await importedCustomer()
    await visit(ui.page, storefront("/login"))
    // Each attempt waits for its own answer (the previous attempt's message is still on screen).
    const attempt = (password: string) =>
      Promise.all([ui.page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/login"), signIn(ui.page, customer.email, password)])
    for (let count = 0; count < 5; count++) {
      await attempt(`wrong password ${count}`)
      await ui.page.getByRole("alert").filter({ hasText: "do not match" }).waitFor()
    }
    await attempt("wrong password again")
    const locked = ui.page.getByRole("alert").filter({ hasText: "locked" })
    await locked.waitFor()
    expect(await locked.textContent()).toMatch(/Try again after \d\d:\d\d \(in 1[45] minutes\)/)
  })

  it("records the address the storefront saw, not an X-Forwarded-For the visitor wrote", async () => {
    const demo = DEMO_CUSTOMERS[3]!
    await ui.page.setExtraHTTPHeaders({ "x-forwarded-for": "6.6.6.6", "x-portal-client-ip": "7.7.7.7" })
    try {
      await visit(ui.page, storefront("/account"))
      await signIn(ui.page, demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
      await arrive(ui.page, storefront("/account"))
    } finally {
      await ui.page.setExtraHTTPHeaders({})
    }
    const { rows } = await medusaDb.query<{ ip: string }>(
      `SELECT a.ip FROM audit_entry a JOIN customer c ON c.id = a.customer_id
        WHERE c.metadata->>'customer_number' = $1 AND a.action = 'auth.sign_in' ORDER BY a.created_at DESC LIMIT 1`,
      [demo.customerNumber]
    )
    // The browser runs on this machine: its address is loopback, whatever it claims.
    expect(["127.0.0.1", "::1"]).toContain(rows[0]?.ip)
  })

  it("lets a customer change their phone and add a delivery address, which staff see as changes to enter in OrderFlow", async () => {
    const demo = DEMO_CUSTOMERS[1]!
    await visit(ui.page, storefront("/account/profile"))
    await signIn(ui.page, demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account/profile"))
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.getByLabel("Phone", { exact: true }).fill("082 555 0199")
    await ui.page.getByRole("button", { name: "Save details" }).click()
    await ui.page.getByRole("status").filter({ hasText: "Saved" }).waitFor()

    await ui.page.getByText("Add a delivery address").click()
    const form = ui.page.getByRole("form", { name: "New delivery address" })
    await form.getByLabel("Street address").fill("12 Loop Street")
    await form.getByLabel("City or town").fill("Cape Town")
    await form.getByLabel("Province").fill("Western Cape")
    await form.getByLabel("Postal code").fill("800")
    await form.getByRole("button", { name: "Add address" }).click()
    await form.getByRole("alert").filter({ hasText: "4 digits" }).waitFor()
    await form.getByLabel("Postal code").fill("8001")
    await form.getByRole("button", { name: "Add address" }).click()
    await ui.page.getByRole("heading", { name: "12 Loop Street" }).waitFor()
    await ui.page.getByText(/New delivery address “12 Loop Street”/).waitFor()

    const { rows } = await medusaDb.query<{ kind: string; summary: string }>(
      `SELECT kind, summary FROM erp_change_request WHERE cust_no = $1 AND status = 'pending' ORDER BY created_at`,
      [demo.customerNumber]
    )
    expect(rows.map((row) => row.kind)).toEqual(["profile", "address_added"])
    expect(rows[0]!.summary).toContain("082 555 0199")
  })
})
