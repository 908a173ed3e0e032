import { type ChildProcess, spawn } from "node:child_process"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { WorkflowManager, WorkflowScheduler } from "@medusajs/framework/orchestration"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { formatMonth, previousMonth } from "@portal/integrations/locale"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS, PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { toErpTimestamp } from "@portal/integrations/orderflow/stand-in"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { notificationRows } from "../../src/lib/notifications/notification-rows"
import { digestWindow, sendDailyDigests } from "../../src/lib/notifications/digest"
import { recordReminders } from "../../src/lib/notifications/reminders"
import { retryUndeliveredEmails } from "../../src/lib/notifications/retry-emails"
import { CUSTOMER_NOTIFICATIONS_MODULE } from "../../src/modules/customer-notifications"
import type CustomerNotificationsModuleService from "../../src/modules/customer-notifications/service"
import { ORDERFLOW_SYNC_MODULE } from "../../src/modules/orderflow-sync"
import type OrderflowSyncModuleService from "../../src/modules/orderflow-sync/service"
import seed from "../../src/scripts/seed"
import { seedStaffUser } from "../../src/scripts/seed/staff-user"
import { generateMonthlyStatementsWorkflow } from "../../src/workflows/invoicing/generate-monthly-statements"
import { addColleague } from "../utils/colleague"
import { customerHeaders, failure } from "../utils/customer-session"
import { openEventStream } from "../utils/event-stream"
import { startInbox } from "../utils/inbox"
import { standInErp } from "../utils/stand-in-erp"

const inbox = startInbox(12531)
process.env.SMTP_URL = inbox.url
// Short timers: the retry job every second with a 0.2 s backoff base, a heartbeat (and session check) every 0.3 s.
process.env.NOTIFICATION_JOB_SCHEDULE = "* * * * * *"
process.env.NOTIFICATION_RETRY_BASE_SECONDS = "0.2"
process.env.LIVE_HEARTBEAT_SECONDS = "0.3"

const erpDatabase = standInErp("notifications_test")
const erp = erpDatabase.query
const PASSWORD = "notification test passphrase"

beforeAll(async () => {
  await inbox.listening
  await erpDatabase.recreate(11)
}, 120_000)
afterAll(() => inbox.close())

interface Account {
  customerId: string
  custNo: string
  /** An order in processing, and the ERP delivery address it goes to. */
  ordNo: number
  delivAddrId: number
  /** A customer address of the account that is not that order's (for a person limited to it). */
  otherAddressId: string
}

const emailsTo = (to: string, subject?: RegExp) => inbox.received.filter((mail) => mail.to === to && (!subject || subject.test(mail.subject)))
const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    describe("customer notifications", () => {
      let reader: PostgresOrderFlowReader
      let publishableKey: string
      let account: Account
      const people = {
        admin: "admin@notify.example",
        buyer: "buyer@notify.example",
        accounts: "accounts@notify.example",
        viewer: "viewer@notify.example",
        branch: "branch@notify.example",
      }

      /** The first import, then the account's people: an Admin, a Buyer, Accounts, a Viewer, and a Buyer limited to another address. */
      async function prepare(container: MedusaContainer) {
        await seed({ container, args: [] })
        reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        await runOrderflowSync(container, { reader })
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        publishableKey = key!.token
        const [order] = await erp<{ ord_no: number; cust_no: string; deliv_addr_id: number }>(
          `SELECT o.ord_no, o.cust_no, o.deliv_addr_id FROM ord_hdr o
            WHERE o.status_cd = 'PR' AND o.deliv_addr_id IS NOT NULL
              AND (SELECT count(*) FROM cust_address a WHERE a.cust_no = o.cust_no AND a.addr_type = 'D') > 1
            ORDER BY o.ord_no LIMIT 1`
        )
        const sync = container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE)
        const customerId = (await sync.customerIdsByNumber([order!.cust_no])).get(order!.cust_no)!
        const addresses = await container.resolve(Modules.CUSTOMER).listCustomerAddresses({ customer_id: customerId }, { select: ["id", "metadata"] })
        const other = addresses.find((address) => address.metadata?.erp_addr_id && Number(address.metadata.erp_addr_id) !== order!.deliv_addr_id)
        account = { customerId, custNo: order!.cust_no, ordNo: order!.ord_no, delivAddrId: order!.deliv_addr_id, otherAddressId: other!.id }
        await addColleague(container, customerId, { email: people.admin, password: PASSWORD, role: "admin" })
        await addColleague(container, customerId, { email: people.buyer, password: PASSWORD, role: "buyer" })
        await addColleague(container, customerId, { email: people.accounts, password: PASSWORD, role: "accounts" })
        await addColleague(container, customerId, { email: people.viewer, password: PASSWORD, role: "viewer" })
        const branch = await addColleague(container, customerId, { email: people.branch, password: PASSWORD, role: "buyer" })
        await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`UPDATE account_membership SET location_ids = ?::jsonb WHERE id = ?`, [JSON.stringify([other!.id]), branch.id])
        inbox.clear()
      }

      /** What OrderFlow does when an order moves: the header's status and last_upd, and a history row. */
      async function moveOrder(ordNo: number, status: string) {
        const at = toErpTimestamp(new Date())
        await erp(`UPDATE ord_hdr SET status_cd = $2, last_upd = $3 WHERE ord_no = $1`, [ordNo, status, at])
        await erp(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, $2, $3, 'WAREHOUSE')`, [ordNo, status, at])
      }

      const feedRows = async (container: MedusaContainer) =>
        container.resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" }, { select: ["id", "to", "trigger_type", "receiver_id"], take: 1000 })

      beforeEach(async () => {
        await erpDatabase.recreate(11)
      })
      afterEach(async () => {
        await reader?.close()
      })

      it("tells the right people once: by role and location, not for the first import, and not twice for a change seen twice", async () => {
        const container = getContainer()
        await prepare(container)
        const notifications = container.resolve<CustomerNotificationsModuleService>(CUSTOMER_NOTIFICATIONS_MODULE)
        // The first import loads two years of history: nobody is told of any of it.
        expect(await notifications.listCustomerEvents({}, { take: 1 })).toEqual([])
        expect(await feedRows(container)).toEqual([])

        await moveOrder(account.ordNo, "HD")
        await runOrderflowSync(container, { reader })
        // The same ERP change read again (the sync's overlap window re-reads the last 15 minutes).
        await runOrderflowSync(container, { reader })
        const held = await inbox.waitFor(people.buyer, new RegExp(`Order ${account.ordNo} is on hold`))
        await inbox.waitFor(people.admin, new RegExp(`Order ${account.ordNo} is on hold`))
        await settle()
        // Order news goes to Buyers and Admins; Accounts and Viewers hear none of it, nor the Buyer of another branch.
        expect(Object.values(people).map((email) => emailsTo(email).length)).toEqual([1, 1, 0, 0, 0])
        const feed = await feedRows(container)
        expect(feed.map((row) => row.trigger_type)).toEqual(["order.on_hold", "order.on_hold"])

        // The email as a person reads it: the order, what happened, a link into the portal, and how to stop them.
        expect(held.text).toMatch(new RegExp(`^ORDER ${account.ordNo} IS ON HOLD$`, "m"))
        expect(held.text).toMatch(new RegExp(`Order ${account.ordNo}(?: \\(your reference [^)]+\\))? is on hold\\. We will tell you`))
        expect(held.text).toContain(`/account/orders/${account.ordNo}`)
        expect(held.html).toMatch(new RegExp(`href="http://[^"]+/account/orders/${account.ordNo}"`))
        expect(held.html).toContain("Stop emails about order updates")
        expect(held.headers["list-unsubscribe"]).toMatch(/^<http:\/\/[^>]+\/unsubscribe\/one-click\?token=[^>]+>$/)
        expect(held.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click")
        expect(held.messageId).toMatch(/^<noti_[0-9A-Z]+@wholesale\.example>$/)

        // An order delivered to the branch: now its Buyer hears too.
        const [branchOrder] = await erp<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr WHERE cust_no = $1 AND status_cd NOT IN ('CN', 'DR') AND ord_no <> $2 ORDER BY ord_no DESC LIMIT 1`, [
          account.custNo,
          account.ordNo,
        ])
        const branchAddress = (await container.resolve(Modules.CUSTOMER).listCustomerAddresses({ id: account.otherAddressId }, { select: ["metadata"] }))[0]!
        await erp(`UPDATE ord_hdr SET deliv_addr_id = $2 WHERE ord_no = $1`, [branchOrder!.ord_no, Number(branchAddress.metadata!.erp_addr_id)])
        await moveOrder(branchOrder!.ord_no, "CN")
        await runOrderflowSync(container, { reader })
        await inbox.waitFor(people.branch, new RegExp(`Order ${branchOrder!.ord_no} was cancelled`))

        // Money news goes to Accounts and Admins: a payment received.
        const [invoice] = await erp<{ inv_no: string }>(`SELECT inv_no FROM inv_hdr WHERE cust_no = $1 AND doc_type = 'IN' AND status_cd = 'O' LIMIT 1`, [account.custNo])
        const today = toErpTimestamp(new Date()).slice(0, 10)
        const [payment] = await erp<{ txn_id: number }>(
          `INSERT INTO pay_txn (cust_no, txn_dt, method, ref, amount, last_upd) VALUES ($1, $2, 'EFT', 'NOTIFY-1', 1234.50, $3) RETURNING txn_id`,
          [account.custNo, today, toErpTimestamp(new Date())]
        )
        await erp(`INSERT INTO pay_alloc (txn_id, inv_no, amount, alloc_dt) VALUES ($1, $2, 1234.50, $3)`, [payment!.txn_id, invoice!.inv_no, today])
        await runOrderflowSync(container, { reader })
        const paid = await inbox.waitFor(people.accounts, /Payment received: R\s?1\s?234[.,]50/)
        expect(paid.text).toContain(`invoice ${invoice!.inv_no}`)
        await inbox.waitFor(people.admin, /Payment received/)
        await settle()
        expect([people.buyer, people.viewer, people.branch].map((email) => emailsTo(email, /Payment/).length)).toEqual([0, 0, 0])

        // Reminders no ERP change brings, once each: an order past its promised date, an invoice due in two days.
        const day = (offset: number) => toErpTimestamp(new Date(Date.now() + offset * 86_400_000)).slice(0, 10)
        await erp(`UPDATE ord_hdr SET promised_dt = $2, last_upd = $3 WHERE ord_no = $1`, [account.ordNo, day(-1), toErpTimestamp(new Date())])
        // OrderFlow issues the account an invoice due in two days (the generated account may have no other unpaid one).
        const dueSoon = { inv_no: "INV7000001" }
        await erp(
          `INSERT INTO inv_hdr (inv_no, doc_type, cust_no, ord_no, inv_dt, due_dt, sub_total, vat_amt, total_amt, currency, status_cd, last_upd)
           VALUES ($1, 'IN', $2, NULL, $3, $4, 100.00, 15.00, 115.00, 'ZAR', 'O', $5) ON CONFLICT (inv_no) DO NOTHING`,
          [dueSoon.inv_no, account.custNo, day(0), day(2), toErpTimestamp(new Date())]
        )
        await erp(
          `INSERT INTO inv_line (inv_no, line_no, sku, descr, qty, unit_price, vat_rate, line_total) VALUES ($1, 1, NULL, 'Delivery charge', 1, 100.00, 15.00, 100.00)
           ON CONFLICT DO NOTHING`,
          [dueSoon.inv_no]
        )
        await runOrderflowSync(container, { reader })
        await recordReminders(container)
        await inbox.waitFor(people.buyer, new RegExp(`Order ${account.ordNo} is running late`))
        const reminder = await inbox.waitFor(people.accounts, new RegExp(`Invoice ${dueSoon!.inv_no} is due on`))
        expect(reminder.text).toContain(`/account/invoices/${dueSoon!.inv_no}`)
        expect(await recordReminders(container)).toBe(0)
        await settle()
        // Counted for this order and invoice: the account's other invoices may fall due within 3 days of today too.
        const late = new RegExp(`Order ${account.ordNo} is running late`)
        const due = new RegExp(`Invoice ${dueSoon!.inv_no} is due on`)
        expect([emailsTo(people.buyer, late).length, emailsTo(people.accounts, due).length, emailsTo(people.buyer, /is due on/).length]).toEqual([1, 1, 0])

        // An account activated before people existed (the demo's, by customer number) has no person until its login is
        // next used: it is made on the way, as its Admin at the contact email, and hears of its order.
        // Its newest order goes on hold (the small test ERP may have none of its orders on the way).
        const demo = DEMO_CUSTOMERS[2]!
        const [demoOrder] = await erp<{ ord_no: number }>(`SELECT ord_no FROM ord_hdr WHERE cust_no = $1 AND status_cd NOT IN ('CN', 'DR') ORDER BY ord_dt DESC LIMIT 1`, [
          demo.customerNumber,
        ])
        await moveOrder(demoOrder!.ord_no, "HD")
        await runOrderflowSync(container, { reader })
        await inbox.waitFor(demo.email, new RegExp(`Order ${demoOrder!.ord_no} is on hold`))

        // Last month's statements: the statement address gets the PDF as before; the people who read money hear it is
        // ready (in the portal, and by email unless theirs is the statement address: one email about it is enough).
        const month = previousMonth()
        const { result: statements } = await generateMonthlyStatementsWorkflow(container).run({ input: month })
        const ready = new RegExp(`^Your ${formatMonth(month.period)} statement is ready$`)
        const statementMail = await inbox.waitFor(people.accounts, ready)
        expect(statementMail.text).toContain("/account/statements")
        await inbox.waitFor(people.admin, ready)
        await inbox.waitFor(demo.email, /statement/i)
        await settle()
        expect(Object.values(people).map((email) => emailsTo(email, ready).length)).toEqual([1, 0, 1, 0, 0])
        expect(emailsTo(demo.email, ready)).toEqual([])
        expect(emailsTo(demo.email, /statement/i)).toHaveLength(1)
        const demoAdmin = await customerHeaders(api, publishableKey, demo.email, DEMO_CUSTOMER_PASSWORD)
        const demoInbox = (await api.get("/store/portal/notifications?category=statements", { headers: demoAdmin })).data.notifications as { title: string; link: string }[]
        expect(demoInbox.map((item) => [item.title, item.link])).toEqual([[`Your ${formatMonth(month.period)} statement is ready`, "/account/statements"]])
        // Produced once, told once: the next morning's run makes and tells nothing.
        expect(statements.created.length).toBeGreaterThan(1)
        const { result: again } = await generateMonthlyStatementsWorkflow(container).run({ input: month })
        expect(again.created).toEqual([])
        await settle()
        expect(emailsTo(people.accounts, ready)).toHaveLength(1)
      })

      it("follows each person's choices: portal only, digest, one-click unsubscribe, and refuses a forged link", async () => {
        const container = getContainer()
        await prepare(container)
        const buyer = await customerHeaders(api, publishableKey, people.buyer, PASSWORD)
        const choices = (await api.get("/store/portal/notifications/preferences", { headers: buyer })).data.preferences
        // A Buyer chooses for the categories a Buyer hears about (and everyone for answers to their own questions),
        // all by email at once until they choose.
        expect(choices.map((choice: { category: string; delivery: string }) => [choice.category, choice.delivery])).toEqual([
          ["order_updates", "immediate"],
          ["deliveries", "immediate"],
          ["support", "immediate"],
        ])
        const bad = await failure(api.post("/store/portal/notifications/preferences", { order_updates: "sometimes" }, { headers: buyer }))
        expect([bad.status, bad.data.message]).toEqual([400, "Invalid request: Expected: 'immediate, digest, portal' for field 'order_updates', but got: 'sometimes'"])
        const empty = await failure(api.post("/store/portal/notifications/preferences", {}, { headers: buyer }))
        expect([empty.status, empty.data.message]).toEqual([400, "Say how to hear about at least one category: order_updates, deliveries, invoices, payments, statements, support."])
        await api.post("/store/portal/notifications/preferences", { order_updates: "portal" }, { headers: buyer })

        await moveOrder(account.ordNo, "HD")
        await runOrderflowSync(container, { reader })
        await inbox.waitFor(people.admin, /is on hold/)
        await settle()
        // In the portal it is there all the same; no email.
        expect(emailsTo(people.buyer)).toEqual([])
        const listed = (await api.get("/store/portal/notifications", { headers: buyer })).data
        expect([listed.count, listed.unread_count, listed.notifications[0].title, listed.notifications[0].read]).toEqual([1, 1, `Order ${account.ordNo} is on hold`, false])
        expect((await api.get("/store/portal/me", { headers: buyer })).data.unread_notifications).toBe(1)
        await api.post("/store/portal/notifications/read", { all: true }, { headers: buyer })
        expect((await api.get("/store/portal/notifications?status=unread", { headers: buyer })).data).toMatchObject({ count: 0, unread_count: 0 })
        // Another person's notification id marks nothing.
        const admin = await customerHeaders(api, publishableKey, people.admin, PASSWORD)
        const adminItem = (await api.get("/store/portal/notifications", { headers: admin })).data.notifications[0]
        expect((await api.post("/store/portal/notifications/read", { ids: [adminItem.id] }, { headers: buyer })).data.marked).toBe(0)
        expect((await api.get("/store/portal/notifications", { headers: admin })).data.unread_count).toBe(1)

        // The Admin unsubscribes from the email's link: a forged or altered token changes nothing.
        const mail = emailsTo(people.admin)[0]!
        const token = decodeURIComponent(/one-click\?token=([^>]+)>/.exec(mail.headers["list-unsubscribe"]!)![1]!)
        const [head, body, signature] = token.split(".")
        const otherCategory = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), cat: "payments" })).toString("base64url")
        for (const forged of [`${head}.${otherCategory}.${signature}`, `${token.slice(0, -2)}xx`, "not-a-token-at-all-but-long-enough"]) {
          const refused = await failure(api.post("/store/portal/public/unsubscribe", { token: forged }, { headers: { "x-publishable-api-key": publishableKey } }))
          expect([refused.status, refused.data.code]).toEqual([400, "invalid_unsubscribe_link"])
        }
        const preview = await api.post("/store/portal/public/unsubscribe", { token, confirm: false }, { headers: { "x-publishable-api-key": publishableKey } })
        expect(preview.data).toEqual({ categories: ["order_updates"], label: "Order updates", unsubscribed: false })
        const done = await api.post("/store/portal/public/unsubscribe", { token }, { headers: { "x-publishable-api-key": publishableKey } })
        expect(done.data.unsubscribed).toBe(true)
        const adminChoices = (await api.get("/store/portal/notifications/preferences", { headers: admin })).data.preferences
        expect(adminChoices.find((choice: { category: string }) => choice.category === "order_updates").delivery).toBe("portal")
        expect(adminChoices.find((choice: { category: string }) => choice.category === "payments").delivery).toBe("immediate")

        // Accounts takes payments as one email a day: the payment is in the portal now, and in the next 07:00 digest.
        const accounts = await customerHeaders(api, publishableKey, people.accounts, PASSWORD)
        await api.post("/store/portal/notifications/preferences", { payments: "digest", invoices: "digest" }, { headers: accounts })
        await moveOrder(account.ordNo, "PR")
        const today = toErpTimestamp(new Date()).slice(0, 10)
        await erp(`INSERT INTO pay_txn (cust_no, txn_dt, method, ref, amount, last_upd) VALUES ($1, $2, 'EFT', 'DIGEST-1', 250.00, $3)`, [account.custNo, today, toErpTimestamp(new Date())])
        await erp(`INSERT INTO pay_txn (cust_no, txn_dt, method, ref, amount, last_upd) VALUES ($1, $2, 'EFT', 'DIGEST-2', 75.00, $3)`, [account.custNo, today, toErpTimestamp(new Date())])
        await runOrderflowSync(container, { reader })
        await inbox.waitFor(people.admin, /Payment received: R\s?75/)
        await settle(1_000)
        expect(emailsTo(people.admin, /moving again/)).toEqual([])
        expect(emailsTo(people.accounts)).toEqual([])
        expect((await api.get("/store/portal/notifications?category=payments", { headers: accounts })).data.count).toBe(2)
        // The next morning's 07:00 (Johannesburg) digest: one email with both, and only one however often the job runs.
        const tomorrow = new Date(Date.now() + 86_400_000)
        expect(digestWindow(tomorrow).to.getTime()).toBeGreaterThan(Date.now())
        expect(await sendDailyDigests(container, tomorrow)).toEqual({ sent: 1, failed: 0 })
        expect(await sendDailyDigests(container, tomorrow)).toEqual({ sent: 0, failed: 0 })
        const digest = await inbox.waitFor(people.accounts, /^Your daily update: 2 changes for /)
        expect(digest.text).toMatch(/Payment received: R\s?250[.,]00/)
        expect(digest.text).toMatch(/Payment received: R\s?75[.,]00/)
        expect(digest.headers["list-unsubscribe"]).toMatch(/one-click\?token=/)
        await settle()
        expect(emailsTo(people.accounts).length).toBe(1)
        // `npm run notifications:digest` sends, now, what came since this morning's digest: an extra one, on request.
        expect(await sendDailyDigests(container, new Date(), { upToNow: true })).toEqual({ sent: 1, failed: 0 })
        await settle()
        expect(emailsTo(people.accounts, /^Your daily update: 2 changes/).length).toBe(2)
        // The Buyer chose no digest: none for them.
        expect(emailsTo(people.buyer, /daily update/)).toEqual([])
        const adminTitles = ((await api.get("/store/portal/notifications?category=order_updates", { headers: admin })).data.notifications as { title: string }[]).map((item) => item.title)
        expect(adminTitles).toEqual([`Order ${account.ordNo} is moving again`, `Order ${account.ordNo} is on hold`])
      })

      it("delivers every email once when the SMTP server was down, and resends a crash's unmarked one with the same Message-ID", async () => {
        const container = getContainer()
        await prepare(container)
        await inbox.close()
        try {
          await moveOrder(account.ordNo, "HD")
          await runOrderflowSync(container, { reader })
          const notificationModule = container.resolve(Modules.NOTIFICATION)
          const deadline = Date.now() + 10_000
          let failed: { id: string }[] = []
          while (Date.now() < deadline && failed.length < 2) {
            failed = await notificationModule.listNotifications({ channel: "email" }, { select: ["id", "status"] }).then((rows) => rows.filter((row) => row.status === "failure"))
            await settle(100)
          }
          expect(failed.length).toBe(2)
        } finally {
          await inbox.reopen()
        }
        // The retry job (every second here) sends them once the server is back.
        await inbox.waitFor(people.buyer, /is on hold/)
        await inbox.waitFor(people.admin, /is on hold/)
        await settle(1_500)
        expect([emailsTo(people.buyer).length, emailsTo(people.admin).length]).toEqual([1, 1])
        const rows = await container.resolve(Modules.NOTIFICATION).listNotifications({ channel: "email" }, { select: ["id", "to", "status", "provider_data"] })
        expect(rows.map((row) => row.status)).toEqual(["success", "success"])
        expect(rows.every((row) => Number((row.provider_data as { attempts: number }).attempts) >= 2)).toBe(true)

        // A process killed after the SMTP server took a message but before the row said so leaves it PENDING:
        // it is sent again, as the same message.
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex.raw(`UPDATE notification SET status = 'pending', created_at = now() - interval '10 minutes' WHERE id = ?`, [rows[0]!.id])
        await retryUndeliveredEmails(container)
        await settle(1_500)
        const resent = inbox.received.filter((mail) => mail.messageId === `<${rows[0]!.id}@wholesale.example>`)
        expect(resent.length).toBe(2)
        expect(resent[0]!.subject).toBe(resent[1]!.subject)
        const [row] = await notificationRows(container).listNotifications({ id: rows[0]!.id }, { select: ["status"] })
        expect(row!.status).toBe("success")

        // Staff see what the account's people were sent, with the attempts, and send one again.
        const staffLogin = { email: "notify-staff@wholesale.example", password: "notify-staff-2026" }
        await seedStaffUser(container, staffLogin)
        const staff = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", staffLogin)).data.token}` }
        const log = (await api.get(`/admin/customers/${account.customerId}/notifications?channel=email`, { headers: staff })).data
        expect(log.notifications.map((item: { person_email: string; status: string }) => [item.person_email, item.status]).sort()).toEqual([
          [people.admin, "success"],
          [people.buyer, "success"],
        ])
        expect(log.notifications.every((item: { attempts: number }) => item.attempts >= 2)).toBe(true)
        const copy = (await api.post(`/admin/customers/${account.customerId}/notifications/${rows[1]!.id}/resend`, {}, { headers: staff })).data.notification
        expect([copy.resent_from, copy.status]).toEqual([rows[1]!.id, "success"])
        // Sent at once, as a new message to the same person.
        const again = inbox.received.filter((mail) => mail.messageId === `<${copy.id}@wholesale.example>`)
        expect(again.map((mail) => [mail.to, mail.subject])).toEqual([[rows[1]!.to, `Order ${account.ordNo} is on hold`]])
        // Another customer's notification id is not found through this customer.
        const stranger = await failure(api.post(`/admin/customers/cus_unknown/notifications/${rows[1]!.id}/resend`, {}, { headers: staff }))
        expect(stranger.status).toBe(404)
      })

      it("loses nothing when the worker is killed (SIGKILL) while it sends: another process sends the same messages once", async () => {
        const container = getContainer()
        await prepare(container)
        // This process's own notifications job stands aside, so the worker is the one that sends.
        const job = WorkflowManager.getWorkflow("job-customer-notifications")!
        const scheduler = new WorkflowScheduler()
        await scheduler.clearWorkflow(job)
        const stuckSeconds = process.env.NOTIFICATION_STUCK_SECONDS
        // The worker's SMTP server: it reads each message whole, and the worker is killed before it answers.
        const reached: { to: string; subject: string; messageId: string }[] = []
        let worker: ChildProcess | null = null
        const dying = new SMTPServer({
          disabledCommands: ["STARTTLS", "AUTH"],
          authOptional: true,
          logger: false,
          onData(stream) {
            simpleParser(stream)
              .then((mail) => {
                reached.push({ to: (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? "", subject: mail.subject ?? "", messageId: mail.messageId ?? "" })
                worker?.kill("SIGKILL")
              })
              // A second message the worker was sending when it died arrives cut off: it was never received.
              .catch(() => undefined)
          },
        })
        await new Promise<void>((resolve) => dying.listen(0, "127.0.0.1", resolve))
        const dyingPort = (dying.server.address() as AddressInfo).port
        try {
          await moveOrder(account.ordNo, "HD")
          worker = spawn(path.join(__dirname, "../../../node_modules/.bin/medusa"), ["exec", "./integration-tests/utils/sync-worker.ts"], {
            cwd: path.join(__dirname, "../.."),
            env: { ...process.env, DATABASE_URL: dbConfig.clientUrl, SMTP_URL: `smtp://127.0.0.1:${dyingPort}`, SYNC_WORKER_READER_URL: erpDatabase.readerUrl, LOG_LEVEL: "error" },
            stdio: "ignore",
          })
          // A worker that neither sends nor exits within a minute fails the test with that said, not a bare timeout.
          const exit = await new Promise<NodeJS.Signals | number | null>((resolve, reject) => {
            const stuck = setTimeout(() => reject(new Error("The worker neither sent an email nor exited within 60 s")), 60_000)
            worker!.once("exit", (code, signal) => {
              clearTimeout(stuck)
              resolve(signal ?? code)
            })
          })
          expect(exit).toBe("SIGKILL")
          expect(reached.length).toBeGreaterThan(0)
          expect(reached[0]!.subject).toBe(`Order ${account.ordNo} is on hold`)
          // Nothing reached anyone; the emails are rows left PENDING, and the event is not marked told.
          expect(emailsTo(people.buyer)).toEqual([])
          const rows = await notificationRows(container).listNotifications({ channel: "email" }, { select: ["id", "status"] })
          expect(rows.length).toBeGreaterThan(0)
          expect(rows.every((row) => row.status === "pending")).toBe(true)

          // The surviving process's job comes back: it tells the event, and sends the crash's rows as the same messages.
          process.env.NOTIFICATION_STUCK_SECONDS = "1"
          await scheduler.scheduleWorkflow(job)
          await inbox.waitFor(people.buyer, /is on hold/)
          await inbox.waitFor(people.admin, /is on hold/)
          await settle(1_500)
          expect([emailsTo(people.buyer).length, emailsTo(people.admin).length]).toEqual([1, 1])
          // Each message the dying worker had under way arrives as that same message (its Message-ID).
          for (const halfSent of reached) expect(emailsTo(halfSent.to)[0]!.messageId).toBe(halfSent.messageId)
          expect((await feedRows(container)).map((row) => row.trigger_type)).toEqual(["order.on_hold", "order.on_hold"])
        } finally {
          worker?.kill("SIGKILL")
          if (stuckSeconds === undefined) delete process.env.NOTIFICATION_STUCK_SECONDS
          else process.env.NOTIFICATION_STUCK_SECONDS = stuckSeconds
          await scheduler.scheduleWorkflow(job).catch(() => undefined)
          await new Promise<void>((resolve) => dying.close(() => resolve()))
        }
      })

      it("keeps each person's answers until their account changes: the sync's changes, its notifications and the person's own writes drop them", async () => {
        const container = getContainer()
        await prepare(container)
        const buyer = await customerHeaders(api, publishableKey, people.buyer, PASSWORD)
        const branch = await customerHeaders(api, publishableKey, people.branch, PASSWORD)
        /** Asks until the answer shows what it should (the drop travels through PostgreSQL's NOTIFY); 5 s at most. */
        type Answer = { headers: Record<string, unknown>; data: { order: { status: string }; updates: { read: boolean }[] } }
        const eventually = async (ask: () => Promise<Answer>, shows: (answer: Answer) => boolean) => {
          const until = Date.now() + 5_000
          for (;;) {
            const answer = await ask()
            if (shows(answer) || Date.now() > until) return answer
            await settle(100)
          }
        }
        const orderPath = `/store/portal/orders/${account.ordNo}`
        const first = await api.get(orderPath, { headers: buyer })
        expect([first.headers["x-portal-cache"], first.data.order.status]).toEqual(["miss", "PR"])
        const again = await api.get(orderPath, { headers: buyer })
        expect([again.headers["x-portal-cache"], again.data]).toEqual(["hit", first.data])
        // Every view is in the audit trail, the one answered from the cache too.
        const views = await container
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(`SELECT count(*)::int AS count FROM audit_entry WHERE action = 'order.viewed' AND target_id = ?`, [String(account.ordNo)])
        expect(views.rows[0].count).toBe(2)
        // The Buyer limited to another address is never handed what was kept for the account's other Buyer.
        expect((await failure(api.get(orderPath, { headers: branch }))).status).toBe(404)
        const quiet = await api.get("/store/portal/dashboard", { headers: buyer })
        expect([quiet.headers["x-portal-cache"], quiet.data.updates]).toEqual(["miss", []])
        expect((await api.get("/store/portal/dashboard", { headers: buyer })).headers["x-portal-cache"]).toBe("hit")

        // OrderFlow moves the order on: the sync's change drops the kept answers, and its notification reaches the home page.
        await moveOrder(account.ordNo, "PK")
        await runOrderflowSync(container, { reader })
        const moved = await eventually(() => api.get(orderPath, { headers: buyer }), (answer) => answer.data.order.status === "PK")
        expect(moved.data.order.status).toBe("PK")
        const told = await eventually(
          () => api.get("/store/portal/dashboard", { headers: buyer }),
          (answer) => answer.data.updates.length === 1
        )
        expect(told.data.updates.map((update: { read: boolean }) => update.read)).toEqual([false])

        // The person's own write: the very next read shows it, with no wait.
        await api.post("/store/portal/notifications/read", { all: true }, { headers: buyer })
        const afterRead = await api.get("/store/portal/dashboard", { headers: buyer })
        expect([afterRead.headers["x-portal-cache"], afterRead.data.updates.map((update: { read: boolean }) => update.read)]).toEqual(["miss", [true]])

        // Signing out changes no answer: the person's other session goes on reading what was kept (once the change's
        // delivery estimate, worked out a moment after the sync, has been announced too).
        await settle(1_500)
        await api.get("/store/portal/dashboard", { headers: buyer })
        expect((await api.get("/store/portal/dashboard", { headers: buyer })).headers["x-portal-cache"]).toBe("hit")
        const otherTab = await customerHeaders(api, publishableKey, people.buyer, PASSWORD)
        await api.delete("/store/portal/sessions/current", { headers: otherTab })
        expect((await api.get("/store/portal/dashboard", { headers: buyer })).headers["x-portal-cache"]).toBe("hit")

        // What is kept is never handed out before the session check: not to the signed-out session's replayed token,
        // nor to a visitor without one, whatever the path's spelling.
        expect((await failure(api.get("/store/portal/dashboard", { headers: otherTab }))).status).toBe(401)
        for (const spelling of ["/store/portal/dashboard", "/store/portal/DASHBOARD", "/store/portal/%64ashboard", "/store/portal//dashboard/"]) {
          const visitor = await failure(api.get(spelling, { headers: { "x-publishable-api-key": publishableKey } }))
          expect([spelling, visitor.status, "updates" in visitor.data]).toEqual([spelling, 401, false])
        }
      })

      it("streams live changes only to the account's allowed people, resumes after Last-Event-ID, and ends with the session", async () => {
        const container = getContainer()
        await prepare(container)
        const base = api.defaults.baseURL!
        const buyer = await customerHeaders(api, publishableKey, people.buyer, PASSWORD)
        const branch = await customerHeaders(api, publishableKey, people.branch, PASSWORD)
        const accounts = await customerHeaders(api, publishableKey, people.accounts, PASSWORD)
        // Someone of another account, signed in at the same time.
        const [other] = await erp<{ cust_no: string }>(`SELECT cust_no FROM cust_master WHERE cust_no <> $1 ORDER BY cust_no LIMIT 1`, [account.custNo])
        const otherId = (await container.resolve<OrderflowSyncModuleService>(ORDERFLOW_SYNC_MODULE).customerIdsByNumber([other!.cust_no])).get(other!.cust_no)!
        await addColleague(container, otherId, { email: "someone@elsewhere.example", password: PASSWORD, role: "admin" })
        const stranger = await customerHeaders(api, publishableKey, "someone@elsewhere.example", PASSWORD)

        const streams = {
          buyer: openEventStream(`${base}/store/portal/live`, buyer),
          branch: openEventStream(`${base}/store/portal/live`, branch),
          accounts: openEventStream(`${base}/store/portal/live`, accounts),
          stranger: openEventStream(`${base}/store/portal/live`, stranger),
        }
        const anonymous = await failure(api.get("/store/portal/live", { headers: { "x-publishable-api-key": publishableKey } }))
        expect(anonymous.status).toBe(401)
        try {
          await Promise.all(Object.values(streams).map((stream) => stream.opened))
          expect(Object.values(streams).map((stream) => stream.status)).toEqual([200, 200, 200, 200])
          await Promise.all(Object.values(streams).map((stream) => stream.waitFor((event) => event.event === "ready")))

          await moveOrder(account.ordNo, "PK")
          await runOrderflowSync(container, { reader })
          const change = await streams.buyer.waitFor((event) => event.event === "change")
          expect(JSON.parse(change.data)).toEqual({ kind: "order.packing", ord_no: account.ordNo })
          await settle(800)
          // The branch's Buyer (another address), Accounts (no orders) and the other account hear nothing.
          for (const stream of [streams.branch, streams.accounts, streams.stranger]) expect(stream.events.filter((event) => event.event === "change")).toEqual([])

          // One stream per tab: a session that opens more than 8 is refused, with the reason.
          const tabs = Array.from({ length: 7 }, () => openEventStream(`${base}/store/portal/live`, branch))
          try {
            await Promise.all(tabs.map((tab) => tab.waitFor((event) => event.event === "ready")))
            const ninth = await failure(api.get("/store/portal/live", { headers: branch }))
            expect([ninth.status, ninth.data.message]).toEqual([429, "This session already has 8 live connections open. Close some of the portal's tabs and reload."])
          } finally {
            for (const tab of tabs) tab.close()
          }

          // A tab that lost its connection comes back with the last id it saw, and gets what it missed.
          await moveOrder(account.ordNo, "SH")
          await runOrderflowSync(container, { reader })
          await streams.buyer.waitFor((event) => event.event === "change" && JSON.parse(event.data).kind === "order.changed")
          const resumed = openEventStream(`${base}/store/portal/live`, { ...buyer, "last-event-id": change.id! })
          try {
            const missed = await resumed.waitFor((event) => event.event === "change")
            expect(JSON.parse(missed.data)).toEqual({ kind: "order.changed", ord_no: account.ordNo })
            expect(Number(missed.id)).toBeGreaterThan(Number(change.id))
          } finally {
            resumed.close()
          }

          // Signing out ends the stream (the next heartbeat finds the session gone).
          await api.delete("/store/portal/sessions/current", { headers: buyer })
          await streams.buyer.waitFor((event) => event.event === "session-ended", 5_000)
          await streams.buyer.waitForEnd(5_000)
          expect(streams.stranger.ended).toBe(false)
        } finally {
          for (const stream of Object.values(streams)) stream.close()
        }
      })
    })
  },
})

