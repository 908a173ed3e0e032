import pg from "pg"
import { afterAll, describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { toErpTimestamp } from "../integrations/src/orderflow/stand-in/erp-time"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, latestMail, signIn, storefront, visit } from "./support/portal"

// The stand-in OrderFlow of the test stack: the tests change it as the ERP would, and the sync (every second) follows.
const erpDb = new pg.Pool({ connectionString: inject("databaseUrls").orderflow, max: 2 })
afterAll(() => erpDb.end())

const ui = useBrowser()

describe("notifications and live pages", () => {
  it("moves the open order page, the bell and the inbox when OrderFlow changes the order, with no reload", async () => {
    // A password customer (not the single sign-on company) with an order in the warehouse (else its newest order: the
    // demo's few open orders depend on how the day's data fell).
    // (Not Jacaranda Events: the reorder test reads its dashboard's history of order updates, before any notification.)
    const candidates = [DEMO_CUSTOMERS[3]!, DEMO_CUSTOMERS[0]!]
    const { rows } = await erpDb.query<{ ord_no: number; cust_no: string }>(
      `SELECT ord_no, cust_no FROM ord_hdr WHERE cust_no = ANY($1) AND status_cd NOT IN ('CN', 'DR', 'HD') AND ord_dt > now() - interval '6 months'
        ORDER BY status_cd IN ('PE', 'CF', 'PR', 'PK') DESC, array_position($1, cust_no::text), ord_no DESC LIMIT 1`,
      [candidates.map((candidate) => candidate.customerNumber)]
    )
    const ordNo = rows[0]!.ord_no
    const demo = candidates.find((candidate) => candidate.customerNumber === rows[0]!.cust_no)!
    await visit(ui.page, storefront(`/account/orders/${ordNo}`))
    await signIn(ui.page, demo.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront(`/account/orders/${ordNo}`))
    // The page has its live stream before OrderFlow changes anything.
    await ui.page.waitForFunction(() => document.documentElement.dataset.live === "on")
    const bell = ui.page.getByRole("banner").getByRole("link", { name: /^Notifications/ })
    const unreadBefore = Number(/(\d+) unread/.exec((await bell.getAttribute("aria-label")) ?? "")?.[1] ?? 0)
    // Marks this document: a reload would lose it.
    await ui.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))

    const at = toErpTimestamp(new Date())
    await erpDb.query(`UPDATE ord_hdr SET status_cd = 'HD', last_upd = $2 WHERE ord_no = $1`, [ordNo, at])
    await erpDb.query(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, 'HD', $2, 'CREDIT')`, [ordNo, at])

    // The status beside the order's title (the timeline below may have held the order before).
    await ui.page.getByRole("main").locator("p", { hasText: "Placed" }).getByText("On hold", { exact: true }).waitFor({ timeout: 15_000 })
    await expect(bell.getAttribute("aria-label")).resolves.toBe(`Notifications, ${unreadBefore + 1} unread`)
    await expect(ui.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true)

    const mail = await latestMail(demo.email, new RegExp(`Order ${ordNo} is on hold`))
    expect(mail.text).toContain(`/account/orders/${ordNo}`)

    // The dashboard's order updates read the same records.
    await visit(ui.page, storefront("/account"))
    await ui.page.getByRole("region", { name: "Order updates" }).getByRole("link", { name: `Order ${ordNo} is on hold` }).waitFor()

    // The Notifications page has it; marking all read empties the bell.
    await bell.click()
    await arrive(ui.page, storefront("/account/notifications"))
    await ui.page.getByRole("list", { name: "Notifications" }).getByRole("link", { name: `Order ${ordNo} is on hold` }).waitFor()
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.getByRole("button", { name: "Mark all read" }).click()
    await ui.page.getByRole("status").filter({ hasText: "Nothing unread." }).waitFor()
    await expect(bell.getAttribute("aria-label")).resolves.toBe("Notifications, none unread")

    // Order updates by daily email instead, on the Profile page.
    await visit(ui.page, storefront("/account/profile#notifications"))
    const choices = ui.page.getByRole("form", { name: "Notification emails" })
    await choices.getByRole("group", { name: /Order updates/ }).getByLabel("One email a day").check()
    await choices.getByRole("button", { name: "Save choices" }).click()
    await choices.getByRole("status").filter({ hasText: "Saved." }).waitFor()
    await visit(ui.page, storefront("/account/profile"))
    await expect(ui.page.getByRole("group", { name: /Order updates/ }).getByLabel("One email a day").isChecked()).resolves.toBe(true)

    await ui.page.setViewportSize({ width: 360, height: 740 })
    await visit(ui.page, storefront("/account/notifications"))
    expect(await overflowsHorizontally(ui.page)).toBe(false)
  })
})
