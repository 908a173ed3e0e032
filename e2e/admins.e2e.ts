import { describe, expect, inject, it } from "vitest"
import { useBrowser } from "./support/browser"
import { signInStaff, visit } from "./support/portal"

const ui = useBrowser()

describe("the admins", () => {
  it("lets staff sign in to the Medusa admin and see the seeded customers", async () => {
    await signInStaff(ui.page)
    await visit(ui.page, new URL("/app/customers", inject("medusaUrl")).toString())
    const customerRow = ui.page.getByText("orders@freshcorner.example").first()
    await customerRow.waitFor({ timeout: 15_000 })
    expect(await customerRow.isVisible()).toBe(true)
  })

  it("shows staff that a product is OrderFlow's and that edits in the admin would be overwritten", async () => {
    await signInStaff(ui.page)
    await visit(ui.page, new URL("/app/products?q=FD-1001", inject("medusaUrl")).toString())
    await ui.page.getByText("Basmati rice 10 kg").first().click()
    const panel = ui.page.getByRole("heading", { name: "Owned by OrderFlow" })
    await panel.waitFor({ timeout: 15_000 })
    expect(await ui.page.getByText(/Edits made here are overwritten the next time OrderFlow changes this product/).isVisible()).toBe(true)
    expect(await ui.page.getByText("Sold in the portal").isVisible()).toBe(true)
  })

  it("refuses the Medusa admin to a wrong staff password", async () => {
    await visit(ui.page, new URL("/app/login", inject("medusaUrl")).toString())
    await ui.page.locator('input[name="email"]').fill(inject("staff").email)
    await ui.page.locator('input[name="password"]').fill("wrong-password")
    await ui.page.getByRole("button", { name: /continue with email/i }).click()
    await ui.page.getByText(/invalid email or password/i).waitFor()
    expect(new URL(ui.page.url()).pathname).toBe("/app/login")
  })

  it("lets an editor sign in to the CMS admin and open the FAQs", async () => {
    const { email, password } = inject("editor")
    await visit(ui.page, new URL("/admin", inject("cmsUrl")).toString())
    await ui.page.locator('input[name="email"]').fill(email)
    await ui.page.locator('input[name="password"]').fill(password)
    await ui.page.getByRole("button", { name: /login/i }).click()
    await ui.page.waitForURL(/\/admin\/?$/)
    await visit(ui.page, new URL("/admin/collections/faqs", inject("cmsUrl")).toString())
    const faqRow = ui.page.getByText("Where is my order?").first()
    await faqRow.waitFor({ timeout: 15_000 })
    expect(await faqRow.isVisible()).toBe(true)
  })
})
