import pg from "pg"
import { HELP_SIGNATURE_HEADER, signHelpRequest } from "@portal/integrations/help-signature"
import { afterAll, describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, signIn, storefront, visit } from "./support/portal"

const medusaDb = new pg.Pool({ connectionString: inject("databaseUrls").medusa, max: 2 })
afterAll(() => medusaDb.end())

const ui = useBrowser()
const cms = (path: string) => new URL(path, inject("cmsUrl")).toString()

async function editorToken(): Promise<string> {
  const { email, password } = inject("editor")
  const response = await fetch(cms("/api/users/login"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function asEditor<T>(path: string, init: { method?: string; body?: object } = {}): Promise<T> {
  const response = await fetch(cms(path), {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", authorization: `JWT ${await editorToken()}` },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  expect(response.status, `${init.method ?? "GET"} ${path}`).toBeLessThan(300)
  return (await response.json()) as T
}

interface CmsArticle {
  id: number
  title: string
  slug: string
}

const articleBySlug = async (slug: string) => (await asEditor<{ docs: CmsArticle[] }>(`/api/help-articles?where[slug][equals]=${slug}&depth=0`)).docs[0]!

/** The storefront's article page as a visitor's browser would get it (no cookies: the shared cache). */
const articleHtml = async (slug: string) => (await fetch(storefront(`/help/articles/${slug}`))).text()

describe("the help centre", () => {
  it("lists the articles by category with the FAQs, finds a misspelt search, and reads well at 360 px", async () => {
    await visit(ui.page, storefront("/help"))
    await expect(ui.page.getByRole("heading", { name: "Orders and delivery", level: 2 }).isVisible()).resolves.toBe(true)
    await expect(ui.page.getByRole("link", { name: "What each order status means" }).isVisible()).resolves.toBe(true)
    await ui.page.getByText("Where is my order?").click()
    await expect(ui.page.getByText("Its Progress card shows each step from Pending to Delivered").isVisible()).resolves.toBe(true)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    await ui.page.getByLabel("Search the help centre").fill("statment")
    await ui.page.getByLabel("Search the help centre").press("Enter")
    await arrive(ui.page, (url) => url.pathname === "/help/search" && url.searchParams.get("q") === "statment")
    const helpResults = ui.page.getByRole("region", { name: "Help articles" })
    await expect(helpResults.getByRole("link").first().textContent()).resolves.toBe("Statements and aging")
    await expect(helpResults.locator("mark").first().textContent()).resolves.toMatch(/^statements?$/i)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    await helpResults.getByRole("link", { name: "Statements and aging" }).click()
    await arrive(ui.page, storefront("/help/articles/statements-and-aging"))
    await expect(ui.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Statements and aging")
    await ui.page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "The aging buckets" }).click()
    await ui.page.waitForURL(/#the-aging-buckets$/)
    await expect(ui.page.getByRole("region", { name: "Related articles" }).getByRole("link").count()).resolves.toBeGreaterThan(0)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    await ui.page.setViewportSize({ width: 360, height: 740 })
    for (const path of ["/help", "/help/articles/statements-and-aging", "/help/search?q=waybil"]) {
      await visit(ui.page, storefront(path))
      expect(await overflowsHorizontally(ui.page), path).toBe(false)
      expect(await seriousAccessibilityViolations(ui.page), path).toEqual([])
    }
    await expect(ui.page.getByRole("region", { name: "Help articles" }).getByRole("link").first().textContent()).resolves.toBe("Tracking your delivery")
  })

  it("shows a publish within 2 s of the editor pressing Publish, never a draft, and refuses a forged revalidation", async () => {
    const slug = "tracking-your-delivery"
    const article = await articleBySlug(slug)
    expect(await articleHtml(slug)).toContain(article.title) // now in the storefront's cache
    const stamp = Date.now()
    try {
      await asEditor(`/api/help-articles/${article.id}?draft=true&autosave=true`, { method: "PATCH", body: { title: `Draft title ${stamp}` } })
      await asEditor(`/api/help-articles/${article.id}`, { method: "PATCH", body: { title: `Tracking your delivery, updated ${stamp}`, _status: "published" } })
      const published = Date.now()
      let seenAfter = Number.POSITIVE_INFINITY
      while (Date.now() - published < 5_000) {
        if ((await articleHtml(slug)).includes(`updated ${stamp}`)) {
          seenAfter = Date.now() - published
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(seenAfter).toBeLessThanOrEqual(2_000)

      // A draft saved after the publish (autosave) stays in the CMS.
      await asEditor(`/api/help-articles/${article.id}?draft=true&autosave=true`, { method: "PATCH", body: { title: `Second draft ${stamp}` } })
      await new Promise((resolve) => setTimeout(resolve, 2_500))
      const html = await articleHtml(slug)
      expect(html).toContain(`updated ${stamp}`)
      expect(html).not.toContain(`draft ${stamp}`)
      expect(html).not.toContain(`Draft title ${stamp}`)
    } finally {
      await asEditor(`/api/help-articles/${article.id}`, { method: "PATCH", body: { title: article.title, _status: "published" } })
    }

    const body = JSON.stringify({ tags: ["help"] })
    const forge = (headers: Record<string, string>) => fetch(storefront("/api/revalidate"), { method: "POST", headers: { "content-type": "application/json", ...headers }, body })
    expect((await forge({})).status).toBe(401)
    expect((await forge({ [HELP_SIGNATURE_HEADER]: signHelpRequest("a guessed secret", body) })).status).toBe(401)
    expect((await forge({ [HELP_SIGNATURE_HEADER.toUpperCase()]: signHelpRequest("a guessed secret", body) })).status).toBe(401)
    // Another method reaches no handler; a signature copied onto another body, or an old signature, is refused.
    expect((await fetch(storefront("/api/revalidate"), { method: "GET" })).status).toBe(405)
    const signedFor = signHelpRequest(inject("secrets").cmsStorefront, body)
    expect((await forge({ [HELP_SIGNATURE_HEADER]: signedFor.replace(/t=\d+/, `t=${Math.floor(Date.now() / 1000) - 3_600}`) })).status).toBe(401)
    const signedOther = JSON.stringify({ tags: ["orders"] })
    const otherTag = await fetch(storefront("/api/revalidate"), {
      method: "POST",
      headers: { [HELP_SIGNATURE_HEADER]: signHelpRequest(inject("secrets").cmsStorefront, signedOther) },
      body: signedOther,
    })
    expect(otherTag.status).toBe(400)
  })

  it("shows an editor's draft on its signed preview link only, in a page only the CMS may frame", async () => {
    const stamp = Date.now()
    const categories = await asEditor<{ docs: { id: number; slug: string }[] }>("/api/help-categories?limit=10")
    const draft = await asEditor<{ doc: CmsArticle }>("/api/help-articles?draft=true", {
      method: "POST",
      body: {
        title: `Pallet returns ${stamp}`,
        slug: `pallet-returns-${stamp}`,
        summary: "How to return pallets.",
        category: categories.docs[0]!.id,
        body: { root: { type: "root", version: 1, direction: null, format: "", indent: 0, children: [{ type: "paragraph", version: 1, direction: null, format: "", indent: 0, textFormat: 0, children: [{ type: "text", version: 1, text: `Unpublished pallet text ${stamp}`, format: 0, detail: 0, mode: "normal", style: "" }] }] } },
        _status: "draft",
      },
    })
    expect((await fetch(storefront(`/help/articles/pallet-returns-${stamp}`))).status).toBe(404)
    // The URL the CMS admin's live preview and Preview button open (the collection's livePreview.url).
    process.env.PAYLOAD_SECRET = inject("secrets").payload
    process.env.STOREFRONT_URL = inject("storefrontUrl")
    const { previewUrl } = await import("../cms/src/collections/HelpArticles/preview")
    const url = previewUrl(draft.doc.id)!
    const response = await ui.page.goto(url)
    expect(response?.status()).toBe(200)
    await expect(ui.page.getByText(`Unpublished pallet text ${stamp}`).isVisible()).resolves.toBe(true)
    await expect(ui.page.getByRole("status").filter({ hasText: "Preview of the latest draft" }).isVisible()).resolves.toBe(true)
    const headers = response!.headers()
    expect(headers["content-security-policy"]).toContain(`frame-ancestors ${new URL(inject("cmsUrl")).origin}`)
    expect(headers["x-frame-options"]).toBeUndefined()
    const forged = url.replace(/\.[\w-]+$/, ".forged-signature")
    expect((await fetch(forged)).status).toBe(404)
    expect((await fetch(storefront("/help"))).headers.get("x-frame-options")).toBe("DENY")
    await asEditor(`/api/help-articles/${draft.doc.id}`, { method: "DELETE" })
  })
})

describe("one search for help, orders and invoices", () => {
  it("finds the signed-in customer's own orders and invoices as they type, never another account's, and offers Ask us when nothing matches", async () => {
    const [mine, theirs] = [DEMO_CUSTOMERS[0]!, DEMO_CUSTOMERS[1]!]
    const orderOf = async (customerNumber: string) =>
      (await medusaDb.query<{ ord_no: number }>(`SELECT ord_no FROM erp_order WHERE cust_no = $1 AND status = 'DL' ORDER BY ordered_at DESC LIMIT 1`, [customerNumber])).rows[0]!.ord_no
    const invoiceOf = async (customerNumber: string) =>
      (await medusaDb.query<{ number: string }>(`SELECT number FROM invoice WHERE cust_no = $1 AND type = 'invoice' AND deleted_at IS NULL ORDER BY issue_date DESC LIMIT 1`, [customerNumber])).rows[0]!.number
    const [myOrder, theirOrder, myInvoice, theirInvoice] = await Promise.all([orderOf(mine.customerNumber), orderOf(theirs.customerNumber), invoiceOf(mine.customerNumber), invoiceOf(theirs.customerNumber)])

    await visit(ui.page, storefront("/account"))
    await signIn(ui.page, mine.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account"))
    const box = ui.page.getByLabel("Search help, orders and invoices")

    await box.fill(String(myOrder))
    await ui.page.getByRole("region", { name: "Your orders" }).getByRole("link", { name: `Order ${myOrder}` }).waitFor()
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    await box.fill(myInvoice)
    await ui.page.getByRole("region", { name: "Your invoices and credit notes" }).getByRole("link", { name: `Invoice ${myInvoice}` }).waitFor()

    // Another account's numbers find nothing of theirs (the backend filters; the page only shows what it got).
    for (const query of [String(theirOrder), theirInvoice]) {
      const answer = await ui.page.evaluate(async (q) => (await fetch(`/api/search?q=${encodeURIComponent(q)}`)).json(), query)
      expect(JSON.stringify(answer.orders?.orders ?? [])).not.toContain(String(theirOrder))
      expect(JSON.stringify(answer.invoices?.documents ?? [])).not.toContain(theirInvoice)
    }

    await box.fill("waybil")
    await ui.page.getByRole("region", { name: "Help articles" }).getByRole("link", { name: "Tracking your delivery" }).waitFor()

    const nothing = `forklift hire ${Date.now()}`
    await box.fill(nothing)
    await ui.page.getByText(`Nothing found for “${nothing}”.`).waitFor()
    await ui.page.getByRole("link", { name: "Ask us" }).click()
    // The question form, with the search as the question's subject (and kept with the ticket).
    await arrive(ui.page, (url) => url.pathname === "/account/support/new" && url.searchParams.get("question") === nothing)
    expect(await ui.page.getByLabel("Subject").inputValue()).toBe(nothing)
  })

  it("shows each page's help, the state's first (an overdue invoice: paying)", async () => {
    const demo = DEMO_CUSTOMERS[0]!
    const { rows } = await medusaDb.query<{ number: string }>(
      `SELECT i.number FROM invoice i WHERE i.cust_no = $1 AND i.type = 'invoice' AND i.erp_status = 'open' AND i.due_date < to_char(now() AT TIME ZONE 'Africa/Johannesburg', 'YYYY-MM-DD') AND i.deleted_at IS NULL
        ORDER BY i.due_date LIMIT 1`,
      [demo.customerNumber]
    )
    await visit(ui.page, storefront("/account/invoices"))
    await signIn(ui.page, demo.email, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront("/account/invoices"))
    const pageHelp = ui.page.getByRole("complementary", { name: "Help with this page" })
    await expect(pageHelp.getByRole("link", { name: "Invoices and credit notes" }).isVisible()).resolves.toBe(true)

    await visit(ui.page, storefront(`/account/invoices/${rows[0]!.number}`))
    await expect(pageHelp.getByRole("link").first().textContent()).resolves.toBe("Overdue invoices and payment reminders")
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
  })
})

/** A CMS admin page signed in as the seeded editor. */
async function signedInAdmin() {
  const context = await ui.browser.newContext({ viewport: { width: 1440, height: 900 } })
  const admin = await context.newPage()
  const { email, password } = inject("editor")
  await admin.goto(cms("/admin/login"))
  await admin.getByLabel("Email").fill(email)
  await admin.getByLabel("Password").fill(password)
  await admin.getByRole("button", { name: "Login" }).click()
  await admin.waitForURL((url) => !url.pathname.endsWith("/login"))
  return { admin, close: () => context.close() }
}

describe("what editors see", () => {
  it("a live preview of the storefront's article page beside the editor, following their typing, while customers still see the published article", async () => {
    const slug = "reordering"
    const article = await articleBySlug(slug)
    const { admin, close } = await signedInAdmin()
    try {
      await admin.goto(cms(`/admin/collections/help-articles/${article.id}`))
      const preview = admin.frameLocator('iframe[src*="/help/preview/"]')
      await preview.getByRole("heading", { level: 1, name: article.title }).waitFor({ timeout: 30_000 })
      const draftTitle = `${article.title} (draft ${Date.now()})`
      await admin.locator("#field-title").fill(draftTitle)
      await preview.getByRole("heading", { level: 1, name: draftTitle }).waitFor({ timeout: 15_000 })
      await expect(preview.getByText("Preview of the latest draft").isVisible()).resolves.toBe(true)
      expect(await articleHtml(slug)).not.toContain(draftTitle)
    } finally {
      await close()
      // Publishing the original title again also drops the autosaved draft.
      await asEditor(`/api/help-articles/${article.id}`, { method: "PATCH", body: { title: article.title, _status: "published" } })
    }
  })

  it("a visitor's Was this helpful? answer (once per visitor) and the searches that found nothing, in the CMS admin", async () => {
    const slug = "paying-by-eft"
    const nothing = `pallet deposit ${Date.now()}`
    await visit(ui.page, storefront(`/help/search?q=${encodeURIComponent(nothing)}`))
    await ui.page.getByText(`Nothing found for “${nothing}”.`).waitFor()

    await visit(ui.page, storefront(`/help/articles/${slug}`))
    const feedback = ui.page.getByRole("form", { name: "Was this helpful?" })
    await feedback.getByRole("button", { name: "Yes" }).click()
    await feedback.getByText("Thank you: glad it helped.").waitFor()
    await feedback.getByLabel("Anything we should add or change? (optional)").fill("Which bank account do I pay into?")
    await feedback.getByRole("button", { name: "No" }).click()
    await feedback.getByText("Thank you: we will use your answer to improve this article.").waitFor()
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])

    const article = await articleBySlug(slug)
    const stored = await asEditor<{ docs: { helpful: boolean; comment: string | null }[] }>(`/api/help-feedback?where[article][equals]=${article.id}&depth=0`)
    expect(stored.docs.filter((row) => row.comment === "Which bank account do I pay into?").map((row) => row.helpful)).toEqual([false])

    const { admin, close } = await signedInAdmin()
    const report = admin.getByRole("region", { name: "Help centre: what customers could not find" })
    await report.getByRole("link", { name: nothing }).waitFor({ timeout: 30_000 })
    await expect(report.getByRole("row").filter({ hasText: "Paying by EFT and seeing your payments" }).isVisible()).resolves.toBe(true)
    await close()
  })
})
