import { readFileSync } from "node:fs"
import pg from "pg"
import { afterAll, describe, expect, inject, it } from "vitest"
import { addMonths } from "../integrations/src/insights"
import { formatDayRange } from "../integrations/src/locale/format"
import { formatRand } from "../integrations/src/money"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, signIn, storefront, visit } from "./support/portal"

const medusaDb = new pg.Pool({ connectionString: inject("databaseUrls").medusa, max: 2 })
afterAll(() => medusaDb.end())

const ui = useBrowser()
/** Demo accounts that sign in with a password (Karoo Kitchen is the single sign-on company). */
const PASSWORD_CUSTOMERS = [DEMO_CUSTOMERS[0]!, DEMO_CUSTOMERS[2]!, DEMO_CUSTOMERS[3]!]
/** Whitespace as a person reads it (Intl writes non-breaking and thin spaces). */
const plain = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim()

describe("insights in the portal", () => {
  it("shows spending that matches the invoices, as a chart or a table, downloads it as CSV, and works at 360 px", async () => {
    const demo = DEMO_CUSTOMERS[0]!
    await visit(ui.page, storefront("/account/insights"))
    await signIn(ui.page, demo.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account/insights"))

    // The last 12 months, as the invoices and credit notes that are not void add up (excluding VAT).
    const thisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Johannesburg" }).format(new Date()).slice(0, 7)
    const from = addMonths(thisMonth, -11)
    const { rows } = await medusaDb.query<{ net: string }>(
      `SELECT (coalesce(sum(CASE WHEN type = 'invoice' THEN sub_total ELSE -sub_total END), 0) * 100)::bigint::text AS net
         FROM invoice WHERE cust_no = $1 AND erp_status <> 'void' AND deleted_at IS NULL AND left(issue_date, 7) BETWEEN $2 AND $3`,
      [demo.customerNumber, from, thisMonth]
    )
    const net = Number(rows[0]!.net)
    expect(net).toBeGreaterThan(0)
    const totals = ui.page.getByRole("region", { name: "Totals" })
    await expect(totals.locator("dd").first().textContent().then(plain)).resolves.toBe(plain(formatRand(net)))
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    // The chart draws; its table view gives each month, and the months add up to the total.
    const months = ui.page.getByRole("region", { name: "Spend by month" })
    await months.locator("svg.recharts-surface").first().waitFor()
    await months.getByRole("button", { name: "Table" }).click()
    await expect(months.getByRole("button", { name: "Table" }).getAttribute("aria-pressed")).resolves.toBe("true")
    const table = months.getByRole("region", { name: "Spend by month" })
    await expect(table.locator("tbody tr").count()).resolves.toBe(12)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    // The CSV carries the same months, in rand with two decimals.
    const [download] = await Promise.all([ui.page.waitForEvent("download"), months.getByRole("link", { name: /Download spend by month/ }).click()])
    const csv = readFileSync((await download.path())!, "utf8").trim().split("\n")
    expect(csv[0]).toBe("Month,Invoiced excl. VAT,Credited excl. VAT,Net spend excl. VAT,Invoices,Month a period earlier,Net spend then")
    expect(csv.slice(1).map((line) => line.split(",")[0])).toEqual(Array.from({ length: 12 }, (_, index) => addMonths(from, index)))
    const csvNet = csv.slice(1).reduce((sum, line) => sum + Math.round(Number(line.split(",")[3]) * 100), 0)
    expect(csvNet).toBe(net)

    // A shorter period: three months, compared with the three before.
    await ui.page.getByLabel("From month").fill(addMonths(thisMonth, -2))
    await ui.page.getByLabel("To month").fill(thisMonth)
    await ui.page.getByRole("button", { name: "Show spending" }).click()
    await arrive(ui.page, (url) => url.searchParams.get("from") === addMonths(thisMonth, -2))
    await expect(months.getByText(/over 3 months/).count()).resolves.toBe(1)

    await ui.page.setViewportSize({ width: 360, height: 740 })
    await visit(ui.page, storefront("/account/insights"))
    await months.locator("svg.recharts-surface").first().waitFor()
    expect(await overflowsHorizontally(ui.page)).toBe(false)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
  })

  it("shows each open order's estimated delivery with its likelihood and what it rests on, beside the promise", async () => {
    const { rows } = await medusaDb.query<{ ord_no: number; cust_no: string; earliest_date: string; latest_date: string }>(
      `SELECT e.ord_no, o.cust_no, e.earliest_date, e.latest_date FROM erp_delivery_estimate e JOIN erp_order o USING (ord_no)
        WHERE o.cust_no = ANY($1) AND e.deleted_at IS NULL AND o.status NOT IN ('DL', 'CN', 'DR') ORDER BY e.ord_no DESC LIMIT 1`,
      [PASSWORD_CUSTOMERS.map((customer) => customer.customerNumber)]
    )
    const order = rows[0]!
    const demo = PASSWORD_CUSTOMERS.find((customer) => customer.customerNumber === order.cust_no)!
    await visit(ui.page, storefront(`/account/orders/${order.ord_no}`))
    await signIn(ui.page, demo.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront(`/account/orders/${order.ord_no}`))
    const delivery = ui.page.getByRole("region", { name: "Delivery" })
    await expect(delivery.getByText(/^Expected /).count()).resolves.toBe(1)
    await expect(delivery.getByText("8 in 10 orders like this arrive in this range.", { exact: false }).count()).resolves.toBe(1)
    await expect(delivery.getByText(/Based on \d+ similar deliver/).count()).resolves.toBe(1)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.setViewportSize({ width: 360, height: 740 })
    await visit(ui.page, storefront(`/account/orders?q=${order.ord_no}`))
    // The list shows the same range in the order's row.
    const row = plain(await ui.page.getByRole("table").locator("tbody tr").first().textContent())
    expect(row).toContain(plain(formatDayRange(order.earliest_date, order.latest_date)))
    expect(await overflowsHorizontally(ui.page)).toBe(false)
  })
})
