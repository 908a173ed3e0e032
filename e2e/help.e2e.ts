import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchBrowser, seriousAccessibilityViolations } from "./support/browser"
import { storefront, visit } from "./support/portal"

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext()
  page = await context.newPage()
})
afterAll(async () => {
  await browser?.close()
})

async function editorToken(): Promise<string> {
  const { email, password } = inject("editor")
  const response = await fetch(new URL("/api/users/login", inject("cmsUrl")), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

describe("the Help page", () => {
  it("shows the FAQ answers from the CMS to anyone, signed in or not", async () => {
    await visit(page, storefront("/help"))
    await page.getByText("Where is my order?").click()
    await expect(page.getByText("Its timeline shows each step from Pending to Delivered").isVisible()).resolves.toBe(true)
    await expect(page.getByRole("heading", { name: "Invoices and payments" }).isVisible()).resolves.toBe(true)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
  })

  it("shows a FAQ an editor publishes in the CMS on the next visit, and hides drafts", async () => {
    const token = await editorToken()
    const create = (status: "published" | "draft", question: string) =>
      fetch(new URL(`/api/faqs${status === "draft" ? "?draft=true" : ""}`, inject("cmsUrl")), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `JWT ${token}` },
        body: JSON.stringify({ question, answer: `${question} Answer.`, category: "orders", sortOrder: 1, _status: status }),
      })
    const stamp = Date.now()
    expect((await create("published", `Do you deliver on Saturdays? ${stamp}`)).status).toBe(201)
    expect((await create("draft", `Unfinished draft ${stamp}`)).status).toBe(201)

    await visit(page, storefront("/help"))
    await expect(page.getByText(`Do you deliver on Saturdays? ${stamp}`, { exact: true }).isVisible()).resolves.toBe(true)
    expect(await page.getByText(`Unfinished draft ${stamp}`).count()).toBe(0)
  })
})
