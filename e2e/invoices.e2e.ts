import { execFileSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, signIn, storefront, visit } from "./support/portal"

const medusaDb = new pg.Pool({ connectionString: inject("databaseUrls").medusa, max: 2 })
afterAll(() => medusaDb.end())

const ui = useBrowser()

describe("invoices in the portal", () => {
  it("shows what is overdue, downloads a watermarked invoice PDF, follows a credit note to its invoice, and works at 360 px", async () => {
    const demo = DEMO_CUSTOMERS[0]!
    await visit(ui.page, storefront("/account/invoices"))
    await signIn(ui.page, demo.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account/invoices"))
    await expect(ui.page.getByRole("region", { name: "Account summary" }).getByText("Balance owed").isVisible()).resolves.toBe(true)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    await ui.page.getByLabel("Status").selectOption("overdue")
    await ui.page.getByRole("button", { name: "Show invoices" }).click()
    await arrive(ui.page, (url) => url.searchParams.get("status") === "overdue")
    const badges = await ui.page.getByRole("table").locator("tbody td span span:first-child").allTextContents()
    expect(new Set(badges)).toEqual(new Set(["Overdue"]))

    // A credit note leads to the invoice it credits, which lists it back.
    const { rows } = await medusaDb.query<{ number: string; credited_invoice_number: string }>(
      `SELECT number, credited_invoice_number FROM invoice WHERE cust_no = $1 AND type = 'credit_note' AND erp_status <> 'void' ORDER BY issue_date DESC LIMIT 1`,
      [demo.customerNumber]
    )
    const credit = rows[0]!
    await visit(ui.page, storefront(`/account/invoices/${credit.number}`))
    await ui.page.getByRole("link", { name: credit.credited_invoice_number }).click()
    await arrive(ui.page, storefront(`/account/invoices/${credit.credited_invoice_number}`))
    await expect(ui.page.getByRole("link", { name: credit.number }).isVisible()).resolves.toBe(true)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    const [download] = await Promise.all([ui.page.waitForEvent("download"), ui.page.getByRole("link", { name: "Download PDF" }).click()])
    const file = path.join(mkdtempSync(path.join(tmpdir(), "invoice-")), download.suggestedFilename())
    await download.saveAs(file)
    execFileSync("qpdf", ["--check", file])
    const text = execFileSync("pdftotext", ["-raw", file, "-"]).toString()
    expect(text).toContain(credit.credited_invoice_number)
    expect(text).toContain(`Customer ${demo.customerNumber}`)

    // A broken or stale link gets a page that says so, not a file.
    await visit(ui.page, storefront("/account/downloads/not-a-real-link"))
    await expect(ui.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This download link is not valid")

    await ui.page.setViewportSize({ width: 360, height: 740 })
    for (const page of ["/account/invoices", `/account/invoices/${credit.credited_invoice_number}`, "/account/statements", "/account/payments", "/account/exports"]) {
      await visit(ui.page, storefront(page))
      expect(await overflowsHorizontally(ui.page), page).toBe(false)
      expect(await seriousAccessibilityViolations(ui.page), page).toEqual([])
    }
  })
})
