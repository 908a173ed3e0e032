import pg from "pg"
import { afterAll, describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, signIn, storefront, visit } from "./support/portal"

const medusaDb = new pg.Pool({ connectionString: inject("databaseUrls").medusa, max: 2 })
afterAll(() => medusaDb.end())

const ui = useBrowser()

describe("the order history", () => {
  it("finds an order by number, filters by status through the address bar, and works at 360 px", async () => {
    const demo = DEMO_CUSTOMERS[0]!
    const { rows } = await medusaDb.query<{ ord_no: number; po_ref: string | null }>(
      `SELECT ord_no, po_ref FROM erp_order WHERE cust_no = $1 AND status = 'DL' AND ordered_at > now() - interval '12 months' ORDER BY ordered_at DESC LIMIT 1`,
      [demo.customerNumber]
    )
    const delivered = rows[0]!
    await visit(ui.page, storefront("/account/orders"))
    await signIn(ui.page, demo.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account/orders"))
    await expect(ui.page.getByRole("status").filter({ hasText: /\d+ orders/ }).isVisible()).resolves.toBe(true)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    await ui.page.getByLabel("Order number, PO reference or product").fill(String(delivered.ord_no))
    await ui.page.getByRole("button", { name: "Show orders" }).click()
    await arrive(ui.page, (url) => url.searchParams.get("q") === String(delivered.ord_no))
    const rowsShown = ui.page.getByRole("table").getByRole("row")
    await expect(rowsShown.count()).resolves.toBe(2)
    await expect(rowsShown.nth(1).getByRole("rowheader").textContent()).resolves.toBe(String(delivered.ord_no))

    // The order's own page: status history, lines and OrderFlow's total.
    const { rows: totals } = await medusaDb.query<{ total: string }>(`SELECT round(total * 100)::bigint AS total FROM erp_order WHERE ord_no = $1`, [delivered.ord_no])
    await rowsShown.nth(1).getByRole("link", { name: String(delivered.ord_no) }).click()
    await arrive(ui.page, storefront(`/account/orders/${delivered.ord_no}`))
    await expect(ui.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Order ${delivered.ord_no}`)
    await expect(ui.page.getByRole("region", { name: "Progress" }).getByText("Delivered").first().isVisible()).resolves.toBe(true)
    const total = new Intl.NumberFormat("en-ZA", { style: "currency", currency: "ZAR" }).format(Number(totals[0]!.total) / 100)
    // The totals sit under the lines table, in view on a phone too.
    const totalsText = await ui.page.getByRole("group", { name: "Order totals" }).textContent()
    expect(totalsText).toContain(`Total${total}`)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await visit(ui.page, storefront("/account/orders/999999999"))
    await expect(ui.page.getByRole("heading", { level: 1 }).textContent()).resolves.not.toContain("Order 999999999")

    // Filters live in the URL: a shared link shows the same list.
    await visit(ui.page, storefront("/account/orders?status=delivered"))
    const badges = await ui.page.getByRole("table").locator("tbody td span").allTextContents()
    expect(badges.length).toBeGreaterThan(0)
    expect(new Set(badges)).toEqual(new Set(["Delivered"]))
    // The next page keeps the filters, and the form shows them.
    await visit(ui.page, storefront("/account/orders?status=delivered&from=2024-01-01"))
    await expect(ui.page.getByLabel("From").inputValue()).resolves.toBe("2024-01-01")
    await ui.page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" }).click()
    await arrive(ui.page, (url) => url.searchParams.get("offset") === "20" && url.searchParams.get("status") === "delivered" && url.searchParams.get("from") === "2024-01-01")
    await ui.page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Previous page" }).waitFor()
    await visit(ui.page, storefront("/account/orders?from=yesterday"))
    await ui.page.getByRole("alert").filter({ hasText: "date like" }).waitFor()

    await ui.page.setViewportSize({ width: 360, height: 740 })
    await visit(ui.page, storefront("/account/orders"))
    expect(await overflowsHorizontally(ui.page)).toBe(false)
  })
})
