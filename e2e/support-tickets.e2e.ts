import type { Page } from "playwright-core"
import pg from "pg"
import sharp from "sharp"
import { afterAll, describe, expect, inject, it } from "vitest"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { replyToSupportEmail } from "../scripts/lib/support-reply"
import { overflowsHorizontally, seriousAccessibilityViolations, useBrowser } from "./support/browser"
import { arrive, latestMail, signIn, signInStaff, storefront, visit } from "./support/portal"

const erpDb = new pg.Pool({ connectionString: inject("databaseUrls").orderflow, max: 2 })
afterAll(() => erpDb.end())

const ui = useBrowser()

/** A phone photo of the damage: a JPEG with the camera's GPS position in its EXIF. */
const phonePhoto = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneMaker" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "26/1 12/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "28/1 2/1 0/1" } })
    .toBuffer()

/** What sticks out past the right edge at this width, for the failure message. */
const widerThanThePage = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      .join(", ")
  )

describe("support tickets", () => {
  it("runs the loop: damaged goods reported on an order line with a photo, staff answer in the admin, the customer replies by email and rates it", async () => {
    const demo = DEMO_CUSTOMERS[1]!
    const { rows } = await erpDb.query<{ ord_no: number; line_no: number; descr: string }>(
      `SELECT h.ord_no, l.line_no, l.descr FROM ord_hdr h JOIN ord_line l ON l.ord_no = h.ord_no
        WHERE h.cust_no = $1 AND h.status_cd = 'DL' AND h.ord_dt > now() - interval '6 months' ORDER BY h.ord_dt DESC, l.line_no LIMIT 1`,
      [demo.customerNumber]
    )
    const { ord_no: ordNo, line_no: lineNo, descr } = rows[0]!

    // From the order's line: "Report", which opens the form about that line, damaged goods chosen.
    await visit(ui.page, storefront(`/account/orders/${ordNo}`))
    // By customer number: it opens this account (the email is Karoo Kitchen's and another customer's too).
    await signIn(ui.page, demo.customerNumber, DEMO_CUSTOMER_PASSWORD)
    await arrive(ui.page, storefront(`/account/orders/${ordNo}`))
    await ui.page.getByRole("link", { name: `Report a problem with ${descr}` }).click()
    await arrive(ui.page, new RegExp(`/account/support/new\\?order=${ordNo}&line=${lineNo}$`))
    await ui.page.getByText(`About order ${ordNo}, line ${lineNo}.`).waitFor()
    expect(await ui.page.getByLabel("What is it about?").inputValue()).toBe("damaged_goods")

    // While typing the subject, help articles are suggested.
    await ui.page.getByLabel("Subject").fill("Damaged delivery")
    await ui.page.getByText("These help articles may already answer it:").waitFor()
    await ui.page.getByLabel("Message").fill("Two cases arrived crushed and the bottles inside broke.")
    await ui.page.getByLabel("Add photos or PDFs").setInputFiles({ name: "IMG_0042.JPG", mimeType: "image/jpeg", buffer: await phonePhoto() })
    await ui.page.getByRole("list", { name: "Files to send" }).getByRole("button", { name: "Remove IMG_0042.JPG" }).waitFor()
    expect(await ui.page.getByRole("list", { name: "Files to send" }).locator("img").count()).toBe(1)
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.setViewportSize({ width: 360, height: 800 })
    expect(await overflowsHorizontally(ui.page), await widerThanThePage(ui.page)).toBe(false)
    await ui.page.setViewportSize({ width: 1280, height: 900 })
    await ui.page.getByRole("button", { name: "Send to our team" }).click()

    await arrive(ui.page, /\/account\/support\/tkt_[0-9A-Z]+\?sent=1$/)
    const ticketUrl = ui.page.url().replace(/\?sent=1$/, "")
    await ui.page.getByText("Sent. Our team has it").waitFor()
    const photo = ui.page.getByRole("img", { name: "Photo IMG_0042.jpg" })
    await photo.waitFor()
    // The photo is served through the storefront's signed link: it loads (a broken image has no width).
    const width = await photo.evaluate(
      (image: HTMLImageElement) =>
        new Promise<number>((resolve) => {
          if (image.complete) return resolve(image.naturalWidth)
          image.addEventListener("load", () => resolve(image.naturalWidth))
          image.addEventListener("error", () => resolve(-1))
        })
    )
    expect(width).toBe(800)
    const reference = /T-\d+/.exec((await ui.page.getByRole("main").textContent()) ?? "")![0]
    expect(await seriousAccessibilityViolations(ui.page)).toEqual([])
    await ui.page.setViewportSize({ width: 360, height: 800 })
    expect(await overflowsHorizontally(ui.page), await widerThanThePage(ui.page)).toBe(false)
    await ui.page.setViewportSize({ width: 1280, height: 900 })

    // Staff answer in the Medusa admin, from the inbox.
    const staff = await ui.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const admin = await staff.newPage()
    await signInStaff(admin)
    await visit(admin, new URL("/app/support", inject("medusaUrl")).toString())
    await admin.getByRole("link", { name: reference }).click()
    await admin.getByRole("heading", { name: "Damaged delivery" }).waitFor()
    await admin.getByRole("img", { name: "IMG_0042.jpg" }).waitFor()
    await admin.getByLabel(/^Answer \(emailed to/).fill("Sorry about that. Two new cases go out on tomorrow's truck.")
    await admin.getByRole("button", { name: "Send answer" }).click()
    await admin.getByText("Two new cases go out on tomorrow's truck.").first().waitFor()

    // The customer gets it by email and answers from their mail program.
    const answer = await latestMail(demo.email, new RegExp(`\\[${reference}\\]`))
    expect(answer.text).toContain("Two new cases go out on tomorrow's truck.")
    await replyToSupportEmail({ inboxUrl: inject("inboxUrl"), inboundPort: inject("supportInboundPort"), from: demo.email, text: "Thank you, tomorrow suits us.", reference })
    await visit(ui.page, ticketUrl)
    const thread = ui.page.getByRole("region", { name: "Conversation" })
    await thread.getByText("Two new cases go out on tomorrow's truck.").waitFor()
    for (let attempt = 0; attempt < 20 && !(await thread.getByText("Thank you, tomorrow suits us.").count()); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      await ui.page.reload()
    }
    await thread.getByText("Thank you, tomorrow suits us.").waitFor()
    expect(await thread.getByText("by email").count()).toBe(1)
    // The quoted email below the reply stays out of the thread.
    expect(await thread.getByText("Reply above this line").count()).toBe(0)

    // Staff resolve it; the customer rates it with one click.
    await admin.reload()
    await admin.getByRole("combobox", { name: "Status" }).click()
    await admin.getByRole("option", { name: "Resolved" }).click()
    await admin.getByText("Status changed").waitFor()
    await staff.close()
    await ui.page.reload()
    await ui.page.getByRole("button", { name: "Solved well" }).click()
    await ui.page.getByText("Thank you! We are glad it is solved.").waitFor()
    expect(await ui.page.getByRole("button", { name: "Solved well" }).getAttribute("aria-pressed")).toBe("true")
    await ui.page.getByRole("heading", { name: "Reopen" }).waitFor()
  })
})
