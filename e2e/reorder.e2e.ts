import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, signIn, signInStaff, storefront, visit } from "./support/portal"

const ui = useBrowser()

describe("the dashboard, order page and reorder", () => {
  it("shows orders by stage, downloads a watermarked confirmation, reorders the last order, and staff see it queued", async () => {
    const demo = DEMO_CUSTOMERS[2]!
    await visit(ui.page, storefront("/account"))
    await signIn(ui.page, demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account"))

    // The dashboard: active orders by stage, recent orders, order updates, quick actions.
    const orders = ui.page.getByRole("region", { name: "Your orders" })
    await expect(orders.getByRole("list", { name: "Active orders by stage" }).getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringMatching(/^\d+Pending$/),
      expect.stringMatching(/^\d+Processing$/),
      expect.stringMatching(/^\d+Shipped$/),
    ])
    await expect(orders.getByRole("link", { name: /^Order \d+$/ }).count()).resolves.toBeGreaterThan(0)
    await expect(ui.page.getByRole("region", { name: "Order updates" }).getByText(/is now/).count()).resolves.toBeGreaterThan(0)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    // Quick action: reorder my last order, from its page.
    await ui.page.getByRole("link", { name: /^Reorder my last order \((\d+)\)$/ }).click()
    await arrive(ui.page, /\/account\/orders\/\d+#order-again$/)
    const ordNo = /orders\/(\d+)/.exec(ui.page.url())![1]!
    await expect(ui.page.getByRole("list", { name: "Order progress" }).getByRole("listitem").count()).resolves.toBe(4)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    // The confirmation PDF carries the customer's number and the download time.
    const pdf = await ui.page.request.get(storefront(`/account/orders/${ordNo}/confirmation`))
    expect(pdf.headers()["content-type"]).toBe("application/pdf")
    const file = path.join(mkdtempSync(path.join(tmpdir(), "e2e-pdf-")), "confirmation.pdf")
    writeFileSync(file, await pdf.body())
    const text = execFileSync("pdftotext", ["-raw", file, "-"]).toString()
    expect(text).toContain(`ORDER CONFIRMATION`)
    expect(text).toMatch(new RegExp(`Customer ${demo.customerNumber} · .+ · downloaded .+ SAST`))

    // Print view: no navigation or buttons on paper.
    await ui.page.emulateMedia({ media: "print" })
    await expect(ui.page.getByRole("navigation", { name: "Account" }).isVisible()).resolves.toBe(false)
    await expect(ui.page.getByRole("button", { name: "Print this order" }).isVisible()).resolves.toBe(false)
    await ui.page.emulateMedia({ media: "screen" })

    await ui.page.getByRole("button", { name: "Put these lines in a cart" }).click()
    await arrive(ui.page, storefront("/account/cart"))
    await expect(ui.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Review your order")
    const lines = ui.page.getByRole("region", { name: "Cart lines" }).locator("tbody tr")
    expect(await lines.count()).toBeGreaterThan(0)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.setViewportSize({ width: 360, height: 740 })
    expect(await overflowsHorizontally(ui.page)).toBe(false)
    await ui.page.setViewportSize({ width: 1280, height: 900 })

    // Change the first line's quantity, then submit with a PO reference.
    const first = lines.first()
    await first.getByLabel("Quantity (0 removes it)").fill("3")
    await first.getByRole("button", { name: "Update" }).click()
    await first.getByRole("status").filter({ hasText: "Quantity updated." }).waitFor()
    await ui.page.getByLabel("Your PO reference (optional)").fill("PO-E2E-7")
    await ui.page.getByRole("button", { name: "Submit this order" }).click()
    await arrive(ui.page, (url) => url.pathname === "/account/orders" && /^WEB-\d+$/.test(url.searchParams.get("submitted") ?? ""))
    const reference = new URL(ui.page.url()).searchParams.get("submitted")!
    await expect(ui.page.getByRole("region", { name: "Submitted, waiting to be confirmed" }).textContent()).resolves.toContain(`${reference}, submitted`)

    // Staff find it in the Medusa admin's queue, with the customer's PO reference.
    await signInStaff(ui.page)
    await visit(ui.page, new URL("/app/reorders", inject("medusaUrl")).toString())
    const row = ui.page.getByRole("row").filter({ hasText: reference })
    await row.waitFor({ timeout: 15_000 })
    await expect(row.textContent()).resolves.toContain("PO-E2E-7")
    await row.getByRole("link", { name: reference }).click()
    await ui.page.getByRole("heading", { name: `Order sheet ${reference}` }).waitFor()
  })
})
