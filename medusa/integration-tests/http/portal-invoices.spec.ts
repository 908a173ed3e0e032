import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ublSchemaPath } from "@portal/integrations/accounting"
import { johannesburgDay, previousMonth } from "@portal/integrations/locale"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS, PostgresOrderFlowReader } from "@portal/integrations/orderflow"
import { parse } from "csv-parse/sync"
import { sign } from "jsonwebtoken"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import { buildStatement } from "../../src/lib/invoices/build-statement"
import { runOrderflowSync } from "../../src/lib/orderflow/sync-runner"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import seed from "../../src/scripts/seed"
import monthlyStatementsJob from "../../src/jobs/monthly-statements"
import { statementsDueAt } from "../../src/lib/invoices/statements-due"
import { generateMonthlyStatementsWorkflow } from "../../src/workflows/invoicing/generate-monthly-statements"
import { CUSTOMER_ACCESS_MODULE } from "../../src/modules/customer-access"
import type CustomerAccessModuleService from "../../src/modules/customer-access/service"
import { addColleague } from "../utils/colleague"
import { customerHeaders, failure } from "../utils/customer-session"
import { startInbox } from "../utils/inbox"
import { pdfText } from "../utils/pdf"
import { standInErp } from "../utils/stand-in-erp"

const inbox = startInbox(12527)
process.env.SMTP_URL = inbox.url
const erpDatabase = standInErp("portal_invoices_test")
const erp = erpDatabase.query
beforeAll(async () => {
  await inbox.listening
  await erpDatabase.recreate(31, new Date())
}, 120_000)
afterAll(() => inbox.close())

const cents = (value: string | number) => Math.round(Number(value) * 100)

interface ErpDocument {
  inv_no: string
  doc_type: string
  status_cd: string
  due_dt: string
  total_amt: string
  paid: string
  credited: string
}

/** What each of a customer's documents should show, worked out from OrderFlow's own tables. */
async function expectedStatuses(custNo: string): Promise<Map<string, { status: string; outstanding: number }>> {
  const today = johannesburgDay()
  const rows = await erp<ErpDocument>(
    `SELECT h.inv_no, h.doc_type, h.status_cd, h.due_dt::text, h.total_amt,
            COALESCE((SELECT sum(a.amount) FROM pay_alloc a WHERE a.inv_no = h.inv_no), 0) AS paid,
            COALESCE((SELECT sum(c.total_amt) FROM inv_hdr c WHERE c.orig_inv_no = h.inv_no AND c.doc_type = 'CR' AND c.status_cd <> 'V'), 0) AS credited
       FROM inv_hdr h WHERE h.cust_no = $1`,
    [custNo]
  )
  return new Map(
    rows.map((row) => {
      const outstanding = row.doc_type.trim() === "IN" && row.status_cd !== "V" ? Math.max(cents(row.total_amt) - cents(row.paid) - cents(row.credited), 0) : 0
      const status =
        row.status_cd === "V" ? "void" : row.doc_type.trim() === "CR" ? "credit" : outstanding === 0 ? "paid" : row.due_dt < today ? "overdue" : "pending"
      return [row.inv_no, { status, outstanding }]
    })
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("invoices, statements and exports", () => {
      let headers: Record<string, string>
      let strangerHeaders: Record<string, string>
      const owner = DEMO_CUSTOMERS[0]!
      const stranger = DEMO_CUSTOMERS[1]!

      beforeAll(async () => {
        const container = getContainer()
        await seed({ container, args: [] })
        const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        await runOrderflowSync(container, { reader })
        await reader.close()
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        headers = await customerHeaders(api, key!.token, owner.email, DEMO_CUSTOMER_PASSWORD)
        strangerHeaders = await customerHeaders(api, key!.token, stranger.email, DEMO_CUSTOMER_PASSWORD)
      }, 240_000)

      it("lists every document with OrderFlow's payment status, filters it, and totals what it lists", async () => {
        const expected = await expectedStatuses(owner.customerNumber)
        const all = await api.get("/store/portal/invoices?include_void=true&limit=100", { headers })
        const pages = [all.data.documents]
        for (let offset = 100; offset < all.data.count; offset += 100) pages.push((await api.get(`/store/portal/invoices?include_void=true&limit=100&offset=${offset}`, { headers })).data.documents)
        const listed = pages.flat() as { number: string; status: string; outstanding_cents: number; total_cents: number; type: string }[]
        expect(new Map(listed.map((document) => [document.number, { status: document.status, outstanding: document.outstanding_cents }]))).toEqual(expected)
        // OrderFlow marks fully settled invoices P: the portal agrees on every one.
        const settled = await erp<{ inv_no: string }>(`SELECT inv_no FROM inv_hdr WHERE cust_no = $1 AND doc_type = 'IN' AND status_cd = 'P'`, [owner.customerNumber])
        expect(settled.length).toBeGreaterThan(0)
        for (const { inv_no } of settled) expect(expected.get(inv_no)!.status).toBe("paid")

        const overdue = await api.get("/store/portal/invoices?status=overdue&limit=100", { headers })
        const overdueExpected = [...expected].filter(([, value]) => value.status === "overdue")
        expect(overdue.data.count).toBe(overdueExpected.length)
        expect(overdue.data.totals.outstanding_cents).toBe(overdueExpected.reduce((sum, [, value]) => sum + value.outstanding, 0))
        // Void documents are hidden unless asked for.
        const visible = await api.get("/store/portal/invoices?limit=1", { headers })
        expect(visible.data.count).toBe([...expected.values()].filter((value) => value.status !== "void").length)
        const open = await api.get("/store/portal/invoices?status=open&type=invoice&limit=100", { headers })
        expect(open.data.documents.every((document: { status: string }) => ["pending", "overdue"].includes(document.status))).toBe(true)

        const [newest] = all.data.documents as { number: string; ord_no: number | null }[]
        const byNumber = await api.get(`/store/portal/invoices?q=${newest!.number.toLowerCase()}`, { headers })
        expect(byNumber.data.documents.map((document: { number: string }) => document.number)).toEqual([newest!.number])

        expect((await failure(api.get("/store/portal/invoices?from=2026-05-01&to=2026-04-01", { headers }))).data.message).toMatch(/From must be on or before To/)
        expect((await failure(api.get("/store/portal/invoices?status=late", { headers }))).status).toBe(400)
      })

      it("shows an invoice with its payments and credit notes, linked both ways, only to its owner", async () => {
        const [pair] = await erp<{ crn: string; inv: string }>(
          `SELECT c.inv_no AS crn, c.orig_inv_no AS inv FROM inv_hdr c WHERE c.cust_no = $1 AND c.doc_type = 'CR' AND c.status_cd <> 'V' ORDER BY c.inv_dt DESC LIMIT 1`,
          [owner.customerNumber]
        )
        const { data } = await api.get(`/store/portal/invoices/${pair!.inv}`, { headers })
        expect(data.invoice.credit_notes.map((note: { number: string }) => note.number)).toContain(pair!.crn)
        const lines = await erp<{ line_total: string }>(`SELECT line_total FROM inv_line WHERE inv_no = $1 ORDER BY line_no`, [pair!.inv])
        expect(data.invoice.lines.map((line: { line_total_cents: number }) => line.line_total_cents)).toEqual(lines.map((line) => cents(line.line_total)))
        const allocations = await erp<{ txn_id: number; amount: string }>(`SELECT txn_id, amount FROM pay_alloc WHERE inv_no = $1 ORDER BY txn_id`, [pair!.inv])
        expect(data.invoice.payments.map((payment: { txn_id: number; amount_cents: number }) => [payment.txn_id, payment.amount_cents]).sort()).toEqual(
          allocations.map((allocation) => [allocation.txn_id, cents(allocation.amount)]).sort()
        )
        const credit = await api.get(`/store/portal/invoices/${pair!.crn}`, { headers })
        expect(credit.data.invoice).toMatchObject({ type: "credit_note", status: "credit", credited_invoice: { number: pair!.inv } })
        expect(credit.data.how_to_pay).toBeNull()

        expect((await failure(api.get(`/store/portal/invoices/${pair!.inv}`, { headers: strangerHeaders }))).status).toBe(404)
        expect((await failure(api.get("/store/portal/invoices/INV9999999", { headers }))).data.message).toMatch(/no invoice or credit note INV9999999/)
        expect((await failure(api.get("/store/portal/invoices/hello", { headers }))).status).toBe(400)

        const [unpaid] = await erp<{ inv_no: string }>(
          `SELECT h.inv_no FROM inv_hdr h WHERE h.cust_no = $1 AND h.doc_type = 'IN' AND h.status_cd = 'O' ORDER BY h.inv_dt DESC LIMIT 1`,
          [owner.customerNumber]
        )
        const open = await api.get(`/store/portal/invoices/${unpaid!.inv_no}`, { headers })
        expect(open.data.how_to_pay.eft).toMatchObject({ reference: unpaid!.inv_no, accountNumber: expect.any(String) })
      })

      it("shows a Viewer limited to one delivery address only the invoices of the orders delivered there", async () => {
        const container = getContainer()
        const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
        // An imported customer whose invoices belong to orders at two or more of its delivery addresses.
        const { rows } = await knex.raw(
          `SELECT i.customer_id, o.deliv_addr_id, min(ca.id) AS location_id FROM invoice i
             JOIN erp_order o ON o.ord_no = i.ord_no AND o.deleted_at IS NULL
             LEFT JOIN customer_address ca ON ca.customer_id = i.customer_id AND ca.deleted_at IS NULL AND (ca.metadata->>'erp_addr_id')::int = o.deliv_addr_id
            WHERE i.deleted_at IS NULL AND o.deliv_addr_id IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2`
        )
        type AddressRow = { customer_id: string; deliv_addr_id: number; location_id: string | null }
        const byCustomer = new Map<string, AddressRow[]>()
        for (const row of rows as AddressRow[]) byCustomer.set(row.customer_id, [...(byCustomer.get(row.customer_id) ?? []), row])
        const [customerId, addresses] = [...byCustomer].find(([, list]) => list.length >= 2 && list.some((row) => row.location_id))!
        const branch = addresses.find((row) => row.location_id)!
        const elsewhere = addresses.find((row) => row.deliv_addr_id !== branch.deliv_addr_id)!
        const location = branch.location_id!
        const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Customer portal storefront" })
        // A Viewer limited to that address, and one who is not (the Admin's team route is tested with the orders).
        const membership = await addColleague(container, customerId, { email: "branch.viewer@example.com", password: "branch viewer passphrase", role: "viewer" })
        await container.resolve<CustomerAccessModuleService>(CUSTOMER_ACCESS_MODULE).team.updateMembership(membership.id, { role: "viewer", locationIds: [location] })
        const whole = await addColleague(container, customerId, { email: "whole.viewer@example.com", password: "whole account passphrase", role: "viewer" })
        expect(whole.location_ids).toBeNull()
        const everywhere = await customerHeaders(api, key!.token, "whole.viewer@example.com", "whole account passphrase")
        const viewer = await customerHeaders(api, key!.token, "branch.viewer@example.com", "branch viewer passphrase")

        const branchOrders = new Set(
          ((await knex.raw(`SELECT ord_no FROM erp_order WHERE customer_id = ? AND deliv_addr_id = ?`, [customerId, branch.deliv_addr_id])).rows as { ord_no: number }[]).map((row) => Number(row.ord_no))
        )
        const seen = (await api.get("/store/portal/invoices?limit=100&include_void=true", { headers: viewer })).data
        const all = (await api.get("/store/portal/invoices?limit=100&include_void=true", { headers: everywhere })).data
        expect(seen.count).toBeGreaterThan(0)
        expect(seen.count).toBeLessThan(all.count)
        expect(seen.documents.filter((document: { ord_no: number | null }) => !branchOrders.has(Number(document.ord_no)))).toEqual([])
        const [other] = (await knex.raw(
          `SELECT i.number FROM invoice i JOIN erp_order o ON o.ord_no = i.ord_no WHERE i.customer_id = ? AND o.deliv_addr_id = ? LIMIT 1`,
          [customerId, elsewhere.deliv_addr_id]
        )).rows as { number: string }[]
        expect((await failure(api.get(`/store/portal/invoices/${other!.number}`, { headers: viewer }))).status).toBe(404)
        expect((await failure(api.post(`/store/portal/invoices/${other!.number}/download-link`, {}, { headers: viewer }))).status).toBe(404)
        expect((await api.get(`/store/portal/invoices/${other!.number}`, { headers: everywhere })).status).toBe(200)
      })

      it("downloads a watermarked PDF through a short-lived link bound to the customer, and audits it", async () => {
        const container = getContainer()
        const [invoice] = await erp<{ inv_no: string; total_amt: string }>(
          `SELECT inv_no, total_amt FROM inv_hdr WHERE cust_no = $1 AND doc_type = 'IN' AND status_cd <> 'V' ORDER BY inv_dt DESC LIMIT 1`,
          [owner.customerNumber]
        )
        const link = await api.post(`/store/portal/invoices/${invoice!.inv_no}/download-link`, {}, { headers })
        expect(new Date(link.data.expires_at).getTime() - Date.now()).toBeLessThanOrEqual(120_000)
        const pdf = await api.get(link.data.url, { headers, responseType: "arraybuffer" })
        const text = pdfText(Buffer.from(pdf.data))
        expect(text).toContain(invoice!.inv_no)
        expect(text).toContain("TAX INVOICE")
        expect(text.replace(/\s/g, "")).toContain(invoice!.total_amt.replace(".", ","))
        expect(text).toMatch(new RegExp(`Customer ${owner.customerNumber} · .+ · downloaded`))

        expect((await failure(api.get(link.data.url, { headers: strangerHeaders }))).data.message).toMatch(/belongs to another account/)
        const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
        const customerId = (await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION).raw(`SELECT customer_id FROM invoice WHERE number = ?`, [invoice!.inv_no])).rows[0].customer_id
        const expired = sign({ purpose: "document-download", customer_id: customerId, target: { kind: "invoice", number: invoice!.inv_no }, exp: Math.floor(Date.now() / 1000) - 5 }, http.jwtSecret as string)
        const gone = await failure(api.get(`/store/portal/downloads/${expired}`, { headers }))
        expect([gone.status, gone.data.message]).toEqual([410, expect.stringMatching(/expired/)])
        expect((await failure(api.get(`/store/portal/downloads/not-a-link`, { headers }))).status).toBe(400)

        const audit = await container.resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ customer_id: customerId, action: "invoice.downloaded" })
        expect(audit.map((entry) => entry.target_id)).toContain(invoice!.inv_no)

        // Staff see the same template in the admin, as a staff copy.
        const orderId = (await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION).raw(`SELECT o.order_id FROM erp_order o JOIN invoice i ON i.ord_no = o.ord_no WHERE i.number = ?`, [invoice!.inv_no])).rows[0]?.order_id
        expect(orderId).toBeDefined()
      })

      it("closes every customer's statement on OrderFlow's balance to the cent, with a running balance and aging", async () => {
        const container = getContainer()
        const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
        const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        const figures = await reader.customerFigures()
        await reader.close()
        const customers = (await knex.raw(`SELECT cust_no, customer_id, name FROM erp_customer WHERE customer_id IS NOT NULL`)).rows as { cust_no: string; customer_id: string; name: string }[]
        expect(customers.length).toBe(figures.length)
        const today = johannesburgDay()
        for (const customer of customers) {
          const statement = await buildStatement(container, { id: customer.customer_id, number: customer.cust_no, name: customer.name }, "2000-01-01", today)
          expect([customer.cust_no, statement.closing_balance_cents]).toEqual([customer.cust_no, figures.find((figure) => figure.custNo === customer.cust_no)!.balanceCents])
          const aged = Object.values(statement.aging).reduce((sum, value) => sum + value, 0)
          expect(aged).toBe(statement.closing_balance_cents)
        }

        // Over HTTP: a range with an opening balance; every movement moves the running balance.
        const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`
        const { data } = await api.get(`/store/portal/statement?from=${from}&to=${today}`, { headers })
        const { statement } = data
        expect(statement.opening_balance_cents).not.toBe(0)
        let running = statement.opening_balance_cents
        for (const entry of statement.entries) {
          running += entry.debit_cents - entry.credit_cents
          expect(entry.balance_cents).toBe(running)
        }
        expect(statement.closing_balance_cents).toBe(running)
        expect(statement.entries.some((entry: { kind: string }) => entry.kind === "payment")).toBe(true)
        const dates = statement.entries.map((entry: { date: string }) => entry.date)
        expect([...dates].sort()).toEqual(dates)
        const account = await api.get("/store/portal/account", { headers })
        expect(account.data.account.balance_cents).toBe(statement.closing_balance_cents)

        const csv = await api.get(`/store/portal/statement/csv?from=${from}&to=${today}`, { headers })
        const rows = parse(csv.data) as string[][]
        expect(rows[0]).toEqual(["Date", "Type", "Reference", "Details", "Debit", "Credit", "Balance"])
        expect(cents(rows.at(-1)![6]!)).toBe(statement.closing_balance_cents)
        expect(rows.length).toBe(statement.entries.length + 3)

        const link = await api.post("/store/portal/statement/download-link", { from, to: today }, { headers })
        const text = pdfText(Buffer.from((await api.get(link.data.url, { headers, responseType: "arraybuffer" })).data))
        expect(text).toContain("STATEMENT")
        expect(text).toContain("Closing balance")
        expect(text).toContain("Over 90 days")

        expect((await failure(api.get(`/store/portal/statement?from=2019-01-01&to=${today}`, { headers }))).data.message).toMatch(/at most 5 years/)
        expect((await failure(api.get(`/store/portal/statement?from=2026-02-30&to=2026-03-01`, { headers }))).data.message).toMatch(/not a real date/)
        expect((await failure(api.get(`/store/portal/statement`, { headers }))).status).toBe(400)
      })

      it("shows payments with their allocations, and reversals as such", async () => {
        const knex = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
        const [bounced] = await erp<{ cust_no: string; txn_id: number }>(`SELECT cust_no, txn_id FROM pay_txn WHERE amount < 0 ORDER BY txn_id LIMIT 1`)
        expect(bounced).toBeDefined()
        const customerId = (await knex.raw(`SELECT customer_id FROM erp_customer WHERE cust_no = ?`, [bounced!.cust_no])).rows[0].customer_id
        const { payments } = await getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE).listCustomerPayments(customerId, { limit: 100, offset: 0 })
        const reversal = payments.find((payment) => payment.txn_id === bounced!.txn_id)!
        expect(reversal).toMatchObject({ reversal: true, reverses: { txn_id: expect.any(Number) } })
        const original = payments.find((payment) => payment.txn_id === reversal.reverses!.txn_id)!
        expect(original.reversed_by?.txn_id).toBe(reversal.txn_id)
        expect(original.amount_cents).toBe(-reversal.amount_cents)

        const { data } = await api.get("/store/portal/payments?limit=5", { headers })
        const erpAllocations = await erp<{ amount: string }>(`SELECT amount FROM pay_alloc WHERE txn_id = $1`, [data.payments[0].txn_id])
        expect(data.payments[0].allocations.reduce((sum: number, allocation: { amount_cents: number }) => sum + allocation.amount_cents, 0)).toBe(
          erpAllocations.reduce((sum, allocation) => sum + cents(allocation.amount), 0)
        )
      })

      it("exports a month to Xero CSV that adds up to OrderFlow, and to UBL files that validate", async () => {
        // The month with the most documents in the last year.
        const [busiest] = await erp<{ month: string }>(
          `SELECT to_char(inv_dt, 'YYYY-MM') AS month FROM inv_hdr WHERE cust_no = $1 AND status_cd <> 'V' AND inv_dt > now() - interval '12 months'
            GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
          [owner.customerNumber]
        )
        const from = `${busiest!.month}-01`
        const [year, monthNumber] = busiest!.month.split("-").map(Number) as [number, number]
        const to = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10)
        const documents = await erp<{ inv_no: string; doc_type: string; total_amt: string }>(
          `SELECT inv_no, doc_type, total_amt FROM inv_hdr WHERE cust_no = $1 AND status_cd <> 'V' AND inv_dt BETWEEN $2 AND $3`,
          [owner.customerNumber, from, to]
        )
        expect(documents.length).toBeGreaterThan(1)
        const xero = await api.get(`/store/portal/exports/xero_bills?from=${from}&to=${to}`, { headers })
        const [header, ...rows] = parse(xero.data) as string[][]
        expect(Number(xero.headers["x-export-items"])).toBe(rows.length)
        const column = (name: string) => header!.indexOf(name)
        const totals = new Map<string, number>()
        for (const row of rows) {
          const lineCents = Math.round(Number(row[column("*Quantity")]) * cents(row[column("*UnitAmount")]!)) + cents(row[column("TaxAmount")]!)
          totals.set(row[column("*InvoiceNumber")]!, (totals.get(row[column("*InvoiceNumber")]!) ?? 0) + lineCents)
        }
        expect(totals).toEqual(new Map(documents.map((document) => [document.inv_no, (document.doc_type.trim() === "CR" ? -1 : 1) * cents(document.total_amt)])))

        const zip = await api.get(`/store/portal/exports/ubl?from=${from}&to=${to}`, { headers, responseType: "arraybuffer" })
        expect(zip.headers["content-type"]).toBe("application/zip")
        const folder = mkdtempSync(path.join(tmpdir(), "ubl-export-"))
        writeFileSync(path.join(folder, "export.zip"), Buffer.from(zip.data))
        execFileSync("unzip", ["-q", "export.zip", "-d", "xml"], { cwd: folder })
        const files = readdirSync(path.join(folder, "xml")).sort()
        expect(files).toEqual(documents.map((document) => `${document.inv_no}.xml`).sort())
        for (const file of files) {
          const schema = ublSchemaPath(file.startsWith("CRN") ? "CreditNote" : "Invoice")
          execFileSync("xmllint", ["--noout", "--nonet", "--schema", schema, path.join(folder, "xml", file)], { stdio: "pipe" })
          const total = documents.find((document) => `${document.inv_no}.xml` === file)!.total_amt
          expect(readFileSync(path.join(folder, "xml", file), "utf8")).toContain(`<cbc:PayableAmount currencyID="ZAR">${total}</cbc:PayableAmount>`)
        }

        expect((await failure(api.get(`/store/portal/exports/sage?from=${from}&to=${to}`, { headers }))).data.message).toMatch(/Export as one of/)
        expect((await failure(api.get(`/store/portal/exports/ubl?from=2018-01-01&to=2026-01-01`, { headers }))).data.message).toMatch(/at most 5 years/)
        const audit = await getContainer().resolve<AuditModuleService>(AUDIT_MODULE).listAuditEntries({ action: "export.downloaded" })
        expect(audit.map((entry) => entry.target_id)).toEqual(expect.arrayContaining([`xero_bills ${from}..${to}`, `ubl ${from}..${to}`]))
      })

      it("produces last month's statements once, lists them and emails them with the PDF, only for a month due while the portal was live", async () => {
        const container = getContainer()
        const month = previousMonth()
        // The portal's first import has just finished: last month fell due before it existed, so the morning
        // job sends nobody anything (a new deployment does not email every customer at once).
        await monthlyStatementsJob(container)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(inbox.received.filter((received) => /Your statement for/.test(received.subject))).toEqual([])
        expect((await api.get("/store/portal/statements", { headers })).data.statements).toEqual([])

        // Live since before the 1st (the server was down that morning): the next morning's job catches up.
        const liveSince = new Date(statementsDueAt(month).getTime() - 86_400_000)
        await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`UPDATE orderflow_sync_cursor SET created_at = ? WHERE stream = 'sync'`, [liveSince])
        await monthlyStatementsJob(container)
        const mail = await inbox.waitFor(owner.email, /Your statement for/)
        expect(mail.attachments.map((attachment) => attachment.filename)).toEqual([`statement-${owner.customerNumber}-${month.period}.pdf`])
        expect(pdfText(mail.attachments[0]!.content)).toContain(owner.customerNumber)
        const sentBefore = inbox.received.length

        const again = await generateMonthlyStatementsWorkflow(container).run({ input: month })
        expect([again.result.created.length, again.result.emailed]).toEqual([0, 0])
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(inbox.received.length).toBe(sentBefore)

        const { data } = await api.get("/store/portal/statements", { headers })
        expect(data.statements.map((statement: { period: string }) => statement.period)).toEqual([month.period])
        const live = await api.get(`/store/portal/statement?from=${month.from}&to=${month.to}`, { headers })
        expect(data.statements[0].closing_balance_cents).toBe(live.data.statement.closing_balance_cents)
        const link = await api.post(`/store/portal/statements/${data.statements[0].id}/download-link`, {}, { headers })
        expect(pdfText(Buffer.from((await api.get(link.data.url, { headers, responseType: "arraybuffer" })).data))).toContain("STATEMENT")
      })

      it("marks an invoice paid as soon as the sync brings its payment in", async () => {
        const container = getContainer()
        const [open] = await erp<{ inv_no: string; total_amt: string; paid: string; credited: string }>(
          `SELECT * FROM (
             SELECT h.inv_no, h.inv_dt, h.total_amt, COALESCE((SELECT sum(amount) FROM pay_alloc a WHERE a.inv_no = h.inv_no), 0) AS paid,
                    COALESCE((SELECT sum(c.total_amt) FROM inv_hdr c WHERE c.orig_inv_no = h.inv_no AND c.doc_type = 'CR' AND c.status_cd <> 'V'), 0) AS credited
               FROM inv_hdr h WHERE h.cust_no = $1 AND h.doc_type = 'IN' AND h.status_cd = 'O') open
            WHERE total_amt > paid + credited ORDER BY inv_dt LIMIT 1`,
          [owner.customerNumber]
        )
        const before = await api.get(`/store/portal/invoices/${open!.inv_no}`, { headers })
        expect(["pending", "overdue"]).toContain(before.data.invoice.status)
        const due = ((cents(open!.total_amt) - cents(open!.paid) - cents(open!.credited)) / 100).toFixed(2)
        // OrderFlow records the payment and its allocation in one transaction, touching the invoice (quirk 3).
        await erp(
          `WITH paid AS (INSERT INTO pay_txn (cust_no, txn_dt, method, ref, amount, last_upd) VALUES ($1, current_date, 'EFT', $2, $3, now() AT TIME ZONE 'Africa/Johannesburg') RETURNING txn_id)
           INSERT INTO pay_alloc (txn_id, inv_no, amount, alloc_dt) SELECT txn_id, $2, $3, current_date FROM paid`,
          [owner.customerNumber, open!.inv_no, due]
        )
        await erp(`UPDATE inv_hdr SET status_cd = 'P', last_upd = now() AT TIME ZONE 'Africa/Johannesburg' WHERE inv_no = $1`, [open!.inv_no])
        const reader = new PostgresOrderFlowReader(erpDatabase.readerUrl)
        await runOrderflowSync(container, { reader })
        await reader.close()
        const after = await api.get(`/store/portal/invoices/${open!.inv_no}`, { headers })
        expect([after.data.invoice.status, after.data.invoice.outstanding_cents, after.data.how_to_pay]).toEqual(["paid", 0, null])
      })
    })
  },
})
