import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createSmtpMailer } from "@portal/integrations/mail"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS, PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import sharp from "sharp"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { startInboundMail } from "../../src/lib/support/inbound-mail"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import seed from "../../src/scripts/seed"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"
import { addColleague } from "../utils/colleague"
import { customerHeaders, failure } from "../utils/customer-session"
import { startInbox } from "../utils/inbox"
import { standInErp } from "../utils/stand-in-erp"

const inbox = startInbox(12541)
process.env.SMTP_URL = inbox.url
process.env.SUPPORT_STAFF_EMAIL = "support-team@wholesale.example"
process.env.SUPPORT_REPLY_ADDRESS = "support@wholesale.example"
// Ten new tickets per person an hour here (20 by default), so the hostile-files test reaches the limit.
process.env.TICKETS_PER_PERSON = "10"

const erpDatabase = standInErp("support_tickets_test")
const erp = erpDatabase.query
const STAFF = { email: "support-staff@wholesale.example", password: "support-staff-2026" }
const PASSWORD = "support test passphrase"

beforeAll(async () => {
  await inbox.listening
  await erpDatabase.recreate(22, new Date())
}, 120_000)
afterAll(() => inbox.close())

/** A phone photo: a JPEG carrying the camera's make and the GPS position where it was taken. */
const phonePhoto = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneMaker" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "33/1 55/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "18/1 25/1 0/1" } })
    .toBuffer()

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const base = () => String(api.defaults.baseURL)

    /** A multipart request as the storefront's form sends it: fields and files. */
    async function multipart(path: string, headers: Record<string, string>, fields: Record<string, string>, files: { name: string; bytes: Buffer; type?: string }[] = []) {
      const form = new FormData()
      for (const [name, value] of Object.entries(fields)) form.append(name, value)
      for (const file of files) form.append("files", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name)
      const response = await fetch(`${base()}${path}`, { method: "POST", headers, body: form })
      return { status: response.status, data: (await response.json()) as { message: string; ticket: { id: string; reference: string } } }
    }

    async function prepare(container: MedusaContainer) {
      await seed({ container, args: [] })
      const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
      await runOrderflowSync(container, { reader })
      await reader.close()
      await seedStaffUser(container, STAFF)
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
      const owner = DEMO_CUSTOMERS[0]!
      const [order] = await erp<{ ord_no: number }>(
        `SELECT h.ord_no FROM ord_hdr h WHERE h.cust_no = $1 AND h.status_cd IN ('SH', 'DL') AND h.ord_dt > now() - interval '6 months'
          AND (SELECT count(*) FROM ord_line l WHERE l.ord_no = h.ord_no) > 1 ORDER BY h.ord_dt DESC LIMIT 1`,
        [owner.customerNumber]
      )
      const [line] = await erp<{ line_no: number; descr: string }>(`SELECT line_no, descr FROM ord_line WHERE ord_no = $1 ORDER BY line_no DESC LIMIT 1`, [order!.ord_no])
      const [invoice] = await erp<{ inv_no: string }>(`SELECT inv_no FROM inv_hdr WHERE cust_no = $1 AND inv_dt > now() - interval '6 months' ORDER BY inv_dt DESC LIMIT 1`, [owner.customerNumber])
      const customerId = (await container.resolve(Modules.CUSTOMER).listCustomers({ email: owner.email }, { select: ["id"] }))[0]!.id
      const people = { buyer: "buyer@tickets.example", accounts: "accounts@tickets.example", viewer: "viewer@tickets.example" }
      for (const [role, email] of Object.entries(people)) await addColleague(container, customerId, { email, password: PASSWORD, role: role as "buyer" })
      const headers = {
        admin: await customerHeaders(api, key!.token, owner.email, DEMO_CUSTOMER_PASSWORD),
        buyer: await customerHeaders(api, key!.token, people.buyer, PASSWORD),
        accounts: await customerHeaders(api, key!.token, people.accounts, PASSWORD),
        viewer: await customerHeaders(api, key!.token, people.viewer, PASSWORD),
        stranger: await customerHeaders(api, key!.token, DEMO_CUSTOMERS[1]!.email, DEMO_CUSTOMER_PASSWORD),
        staff: { authorization: `Bearer ${(await api.post("/auth/user/emailpass", STAFF)).data.token}` },
      }
      inbox.clear()
      return { owner, customerId, people, headers, ordNo: order!.ord_no, line: line!, invoiceNumber: invoice!.inv_no }
    }

    describe("support tickets", () => {
      it("runs the whole loop: a damaged-goods report with a phone photo, staff answer, the customer replies by email, rates it", async () => {
        const container = getContainer()
        const { people, headers, ordNo, line, invoiceNumber } = await prepare(container)
        const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)

        // The Buyer reports damaged goods on an order line with a phone photo.
        const created = await multipart(
          "/store/portal/tickets",
          headers.buyer,
          { category: "damaged_goods", subject: "Two cases arrived crushed", body: "The outer boxes were crushed and two bottles broke.", order_no: String(ordNo), order_line_no: String(line.line_no) },
          [{ name: "IMG_2041.JPG", bytes: await phonePhoto(), type: "image/jpeg" }]
        )
        expect(created.status).toBe(201)
        const ticketId = created.data.ticket.id
        expect(created.data.ticket).toMatchObject({ status: "open", category: "damaged_goods", order_no: ordNo, reference: expect.stringMatching(/^T-\d+$/) })
        const reference = created.data.ticket.reference

        // The support team hears of it at its address.
        const alert = await inbox.waitFor("support-team@wholesale.example", new RegExp(`New ticket ${reference}: Two cases arrived crushed`))
        expect(alert.text).toContain("The outer boxes were crushed")
        expect(alert.text).toMatch(new RegExp(`/app/support/${ticketId}`))

        // The thread as the Buyer sees it: the line it is about, the photo behind a signed link.
        const thread = (await api.get(`/store/portal/tickets/${ticketId}`, { headers: headers.buyer })).data.ticket
        expect(thread.order_line).toEqual({ line_no: line.line_no, description: line.descr })
        const photo = thread.messages[0].attachments[0]
        expect(photo).toMatchObject({ file_name: "IMG_2041.jpg", content_type: "image/jpeg" })
        const download = await fetch(`${base()}${photo.url}`, { headers: headers.buyer })
        expect(download.status).toBe(200)
        expect(download.headers.get("content-disposition")).toBe('attachment; filename="IMG_2041.jpg"')
        expect(download.headers.get("x-content-type-options")).toBe("nosniff")
        const stored = await sharp(Buffer.from(await download.arrayBuffer())).metadata()
        // Re-encoded: the pixels, without the camera's EXIF and its GPS position.
        expect([stored.width, stored.height, stored.exif]).toEqual([64, 48, undefined])

        // Who else reads it: the account's Admin (all) yes; Accounts (invoice tickets) and the Viewer no; another account never.
        const listed = async (who: keyof typeof headers) => (await api.get("/store/portal/tickets", { headers: headers[who] })).data.tickets.map((ticket: { id: string }) => ticket.id)
        expect(await listed("admin")).toEqual([ticketId])
        expect(await listed("accounts")).toEqual([])
        expect(await listed("viewer")).toEqual([])
        expect(await listed("stranger")).toEqual([])
        for (const who of ["accounts", "viewer", "stranger"] as const) {
          expect((await failure(api.get(`/store/portal/tickets/${ticketId}`, { headers: headers[who] }))).status).toBe(404)
          expect((await failure(api.post(`/store/portal/tickets/${ticketId}/messages`, { body: "Me too" }, { headers: headers[who] }))).status).toBe(404)
          // The file link itself is bound to the account and the ticket's readers.
          expect((await fetch(`${base()}${photo.url}`, { headers: headers[who] })).status).toBe(404)
        }
        // Without a session the link opens nothing, and a staff link is not a customer's.
        expect((await fetch(`${base()}${photo.url}`, { headers: { "x-publishable-api-key": headers.buyer["x-publishable-api-key"]! } })).status).toBe(401)
        expect((await fetch(`${base()}${photo.url.replace("/store/portal/ticket-files/", "/admin/support/files/")}`, { headers: headers.staff })).status).toBe(404)

        // Accounts may ask about an invoice, but not about an order they cannot read; the Viewer can always ask in general.
        const invoiceTicket = await multipart("/store/portal/tickets", headers.accounts, { category: "invoice_query", subject: "VAT on this invoice", body: "Is the VAT right?", invoice_number: invoiceNumber })
        expect(invoiceTicket.status).toBe(201)
        expect((await multipart("/store/portal/tickets", headers.accounts, { category: "late_delivery", subject: "Late", body: "Where is it?", order_no: String(ordNo) })).status).toBe(404)
        expect((await multipart("/store/portal/tickets", headers.stranger, { category: "late_delivery", subject: "Late", body: "Where is it?", order_no: String(ordNo) })).status).toBe(404)
        expect(await listed("accounts")).toEqual([invoiceTicket.data.ticket.id])
        expect(await listed("buyer")).toEqual([ticketId])
        expect((await listed("admin")).sort()).toEqual([ticketId, invoiceTicket.data.ticket.id].sort())

        // Staff: the inbox, an internal note, then an answer.
        const inboxList = (await api.get("/admin/support/tickets?status=open", { headers: headers.staff })).data
        expect(inboxList.tickets.map((ticket: { id: string }) => ticket.id)).toContain(ticketId)
        expect(inboxList.response_target_hours).toBe(4)
        // "internal" is true or false: anything else is refused, never sent to the customer as an answer.
        expect((await failure(api.post(`/admin/support/tickets/${ticketId}/messages`, { body: "INTERNAL?", internal: "1" }, { headers: headers.staff }))).status).toBe(400)
        await api.post(`/admin/support/tickets/${ticketId}/messages`, { body: "INTERNAL: courier Dawn Wing again, claim #77", internal: true }, { headers: headers.staff })
        await api.post(`/admin/support/tickets/${ticketId}/messages`, { body: "Sorry about that. We are sending two new cases tomorrow.", status: "waiting_on_customer" }, { headers: headers.staff })
        const answer = await inbox.waitFor(people.buyer, new RegExp(`Re: Two cases arrived crushed \\[${reference}\\]`))
        expect(answer.text).toContain("We are sending two new cases tomorrow")
        expect(answer.headers["reply-to"]).toMatch(new RegExp(`^support\\+${ticketId.toLowerCase()}\\.[0-9a-z_-]{16}@wholesale\\.example$`))
        // Internal notes reach no customer: not the thread, not the list, not any email.
        const customerView = JSON.stringify((await api.get(`/store/portal/tickets/${ticketId}`, { headers: headers.buyer })).data)
        expect(customerView).not.toContain("INTERNAL")
        expect(customerView).toContain("We are sending two new cases tomorrow")
        expect(inbox.received.some((mail) => mail.text.includes("INTERNAL") || mail.html.includes("INTERNAL"))).toBe(false)
        expect((await api.get(`/store/portal/tickets/${ticketId}`, { headers: headers.buyer })).data.ticket.status).toBe("waiting_on_customer")

        // The customer answers by replying to that email (reply-all: to the ticket's address, cc the support address).
        const listener = await startInboundMail(container, 0, "127.0.0.1")
        const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${listener.port}`, from: `Buyer <${people.buyer}>` })
        const replyId = `<reply-1-${Date.now()}@tickets.example>`
        const reply = {
          to: `${answer.headers["reply-to"]}, support@wholesale.example`,
          subject: `Re: ${answer.subject}`,
          text: `Thank you, tomorrow suits us. Here is the delivery note.\n\nOn Mon, 7 Dec 2026 at 10:02, Customer Portal <portal@wholesale.example> wrote:\n> Sorry about that.`,
          messageId: replyId,
          inReplyTo: answer.messageId,
          references: [answer.messageId],
          attachments: [{ filename: "note.jpg", content: await phonePhoto(), contentType: "image/jpeg" }],
        }
        const started = Date.now()
        await mailer.send(reply)
        // The same email arriving again (a second copy through the cc) is the same message.
        await mailer.send(reply)
        let messages: { body: string; via: string; attachments: unknown[] }[] = []
        while (Date.now() - started < 5_000) {
          messages = (await api.get(`/store/portal/tickets/${ticketId}`, { headers: headers.buyer })).data.ticket.messages
          if (messages.length >= 3) break
          await settle(100)
        }
        expect(Date.now() - started).toBeLessThan(5_000)
        await settle()
        messages = (await api.get(`/store/portal/tickets/${ticketId}`, { headers: headers.buyer })).data.ticket.messages
        expect(messages.map((message) => message.via)).toEqual(["portal", "admin", "email"])
        expect(messages[2]!.body).toBe("Thank you, tomorrow suits us. Here is the delivery note.")
        expect(messages[2]!.attachments).toHaveLength(1)
        expect((await api.get(`/store/portal/tickets/${ticketId}`, { headers: headers.buyer })).data.ticket.status).toBe("open")
        await inbox.waitFor("support-team@wholesale.example", new RegExp(`Customer replied ${reference}`))

        // A stranger's email to the ticket's address, and a reply with a forged address, are dropped.
        const strangerMailer = createSmtpMailer({ url: `smtp://127.0.0.1:${listener.port}`, from: "Mallory <mallory@evil.example>" })
        await strangerMailer.send({ to: answer.headers["reply-to"]!, subject: "Re: hello", text: "Send the goods to my address instead." })
        await mailer.send({ to: `support+${ticketId.toLowerCase()}.aaaaaaaaaaaaaaaa@wholesale.example`, subject: "Re: forged", text: "Forged address." })
        // A colleague whose role does not read order tickets cannot write on one by email either.
        const viewerMailer = createSmtpMailer({ url: `smtp://127.0.0.1:${listener.port}`, from: people.viewer })
        await viewerMailer.send({ to: answer.headers["reply-to"]!, subject: "Re: hello", text: "The viewer writes." })
        viewerMailer.close()
        // Our server relays nothing: another domain's mailbox is refused.
        await expect(mailer.send({ to: "someone@elsewhere.example", subject: "relay?", text: "x" })).rejects.toThrow(/550|No such mailbox/)
        await settle()
        expect((await support.listSupportMessages({ ticket_id: ticketId }, { select: ["id"] })).length).toBe(4)
        mailer.close()
        strangerMailer.close()
        await listener.close()

        // Staff resolve it with a last answer; the customer rates it with one click.
        expect((await failure(api.post(`/store/portal/tickets/${ticketId}/rating`, { rating: "good" }, { headers: headers.buyer }))).data.message).toMatch(/once we have resolved/)
        await api.post(`/admin/support/tickets/${ticketId}/messages`, { body: "The new cases are on the truck.", status: "resolved" }, { headers: headers.staff })
        await inbox.waitFor(people.buyer, new RegExp(`Re: Two cases arrived crushed`))
        const rated = (await api.post(`/store/portal/tickets/${ticketId}/rating`, { rating: "good" }, { headers: headers.buyer })).data.ticket
        expect(rated).toMatchObject({ status: "resolved", rating: "good", reopen_until: expect.any(String) })

        // From the ticket, a credit note for OrderFlow: it joins the queue, linked, and staff mark it done.
        const requested = (await api.post(`/admin/support/tickets/${ticketId}/erp-requests`, { kind: "credit_note", summary: "Credit 2 cases on line 2" }, { headers: headers.staff })).data.erp_change_request
        const queue = (await api.get("/admin/erp-change-requests?status=pending", { headers: headers.staff })).data.erp_change_requests
        expect(queue.find((row: { id: string }) => row.id === requested.id)).toMatchObject({ kind: "credit_note", support_ticket_id: ticketId, ord_no: ordNo })
        // Staff's words stay staff's: the account's profile lists only the customer's own changes.
        const pendingOnProfile = (await api.get("/store/portal/profile", { headers: headers.admin })).data.pending_erp_changes as { id: string }[]
        expect(pendingOnProfile.map((change) => change.id)).not.toContain(requested.id)
        await api.post(`/admin/erp-change-requests/${requested.id}`, {}, { headers: headers.staff })
        const staffView = (await api.get(`/admin/support/tickets/${ticketId}`, { headers: headers.staff })).data
        expect(staffView.erp_requests.map((row: { status: string }) => row.status)).toEqual(["done"])
        expect(staffView.messages.filter((message: { internal: boolean }) => message.internal)).toHaveLength(2)

        // The reopen window: a reply within 14 days reopens; after it, the customer is told to ask anew.
        await api.post(`/store/portal/tickets/${ticketId}/messages`, { body: "One bottle was still broken." }, { headers: headers.buyer })
        expect((await api.get(`/store/portal/tickets/${ticketId}`, { headers: headers.buyer })).data.ticket.status).toBe("open")
        await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`UPDATE support_ticket SET status = 'resolved', resolved_at = now() - interval '15 days' WHERE id = ?`, [ticketId])
        const late = await failure(api.post(`/store/portal/tickets/${ticketId}/messages`, { body: "And another" }, { headers: headers.buyer }))
        expect([late.status, late.data.message]).toEqual([400, expect.stringMatching(/more than 14 days ago/)])

        // The report: tickets per week by category, the median first answer, satisfaction.
        const report = (await api.get("/admin/support/report?weeks=4", { headers: headers.staff })).data.report
        expect(report.per_week.reduce((sum: number, row: { tickets: number }) => sum + row.tickets, 0)).toBe(2)
        expect(report.per_week.map((row: { category: string }) => row.category).sort()).toEqual(["damaged_goods", "invoice_query"])
        expect([report.tickets, report.answered, report.ratings]).toEqual([2, 1, { good: 1, bad: 0 }])
        expect(report.median_first_response_hours).toBe(0)
      })

      it("refuses hostile and oversized files with a clear message and stores nothing", async () => {
        const container = getContainer()
        const { headers, ordNo, people } = await prepare(container)
        const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
        const fields = { category: "damaged_goods", subject: "Broken", body: "See the photo.", order_no: String(ordNo) }
        const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).png().toBuffer()
        const refusals: [string, { name: string; bytes: Buffer; type?: string }[], number, RegExp][] = [
          ["SVG with a script", [{ name: "photo.svg", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), type: "image/svg+xml" }], 400, /photo is not a PDF or a photo/],
          ["HTML behind a .jpg", [{ name: "photo.jpg", bytes: Buffer.from("<!doctype html><script>alert(1)</script>"), type: "image/jpeg" }], 400, /photo is not a PDF or a photo/],
          ["a zip", [{ name: "photos.zip", bytes: Buffer.from("504b0304140000000000000000000000000000000000000000000000000000000a000000612e747874", "hex") }], 400, /photos is not a PDF/],
          ["an empty file", [{ name: "empty.pdf", bytes: Buffer.alloc(0) }], 400, /empty is empty/],
          ["10 MB + 1 byte", [{ name: "big.jpg", bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 1) }], 413, /larger than 10 MB/],
          ["six files", Array.from({ length: 6 }, (_, index) => ({ name: `p${index}.png`, bytes: png })), 400, /at most 5 files/],
        ]
        for (const [what, files, status, message] of refusals) {
          const answer = await multipart("/store/portal/tickets", headers.buyer, fields, files)
          expect([what, answer.status, answer.data.message]).toEqual([what, status, expect.stringMatching(message)])
        }
        expect(await support.listSupportTickets({}, { select: ["id"] })).toEqual([])
        expect(await support.listSupportAttachments({}, { select: ["id"] })).toEqual([])

        // A PNG with HTML appended (a polyglot) is kept as a clean PNG: the HTML is gone.
        const polyglot = Buffer.concat([png, Buffer.from("<html><script>alert(document.cookie)</script></html>")])
        const kept = await multipart("/store/portal/tickets", headers.buyer, fields, [{ name: "shot.png", bytes: polyglot, type: "image/png" }])
        expect(kept.status).toBe(201)
        const file = (await api.get(`/store/portal/tickets/${kept.data.ticket.id}`, { headers: headers.buyer })).data.ticket.messages[0].attachments[0]
        const bytes = Buffer.from(await (await fetch(`${base()}${file.url}`, { headers: headers.buyer })).arrayBuffer())
        expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a")
        expect(bytes.toString("latin1")).not.toContain("<script")

        // Two phone photos with the same name in one message stay two files.
        const red = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } }).png().toBuffer()
        const twins = await multipart("/store/portal/tickets", headers.buyer, fields, [{ name: "image.png", bytes: png }, { name: "image.png", bytes: red }])
        const twinFiles = (await api.get(`/store/portal/tickets/${twins.data.ticket.id}`, { headers: headers.buyer })).data.ticket.messages[0].attachments as { url: string }[]
        const twinBytes = await Promise.all(twinFiles.map(async (twin) => Buffer.from(await (await fetch(`${base()}${twin.url}`, { headers: headers.buyer })).arrayBuffer()).toString("hex")))
        expect([twinBytes.length, new Set(twinBytes).size]).toEqual([2, 2])

        // Bad fields are answered in words, and a forged or expired link is refused.
        expect((await multipart("/store/portal/tickets", headers.buyer, { ...fields, category: "refund" })).data.message).toMatch(/Expected: 'late_delivery, damaged_goods.*' for field 'category', but got: 'refund'/)
        expect((await multipart("/store/portal/tickets", headers.buyer, { ...fields, subject: "" })).data.message).toMatch(/Write a subject/)
        expect((await multipart("/store/portal/tickets", headers.buyer, fields, [])).status).toBe(201)
        expect((await fetch(`${base()}/store/portal/ticket-files/not-a-token`, { headers: headers.buyer })).status).toBe(400)
        expect((await failure(api.get("/store/portal/tickets/tkt_01NOPE", { headers: headers.buyer }))).status).toBe(404)
        expect((await failure(api.get(`/store/portal/tickets/${kept.data.ticket.id}`, { headers: headers.stranger }))).status).toBe(404)

        // Each new ticket emails the support team: ten attempts an hour per person. Seven are used above (four refused
        // files count: the limit comes before the checks; the upload limits refused while reading do not).
        const attempts = []
        for (let attempt = 0; attempt < 4; attempt++) attempts.push(await multipart("/store/portal/tickets", headers.buyer, fields))
        expect(attempts.map((answer) => answer.status)).toEqual([201, 201, 201, 429])
        expect(attempts[3]!.data.message).toMatch(/many questions in the last hour/)

        // "Answers to my questions" only in the portal: the answer is under the bell, and no email is sent.
        await api.post("/store/portal/notifications/preferences", { support: "portal" }, { headers: headers.buyer })
        await api.post(`/admin/support/tickets/${kept.data.ticket.id}/messages`, { body: "Thanks, we see it." }, { headers: headers.staff })
        const bell = (await api.get("/store/portal/notifications", { headers: headers.buyer })).data.notifications as { title: string; link: string }[]
        expect(bell.map((item) => [item.title, item.link])).toEqual([[`We answered ${kept.data.ticket.reference}`, `/account/support/${kept.data.ticket.id}`]])
        await settle(500)
        expect(inbox.received.filter((mail) => mail.to === people.buyer)).toEqual([])
      })
    })
  },
})
