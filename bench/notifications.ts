/**
 * `npm run bench:notifications`: with the portal running (production build, demo data), three figures.
 * 1. ERP commit → notification email accepted by the SMTP server (maildev), over at least 200 order changes.
 * 2. ERP commit → the change visible in an open Chromium page of the order, with no reload, over at least 100.
 * 3. 5,000 live streams held open against the server: memory added per 1,000, and the time one event takes to
 *    reach the streams of its account among the 5,000 (no stream may receive another account's event).
 */
import { createHash, randomUUID } from "node:crypto"
import { readFileSync, rmSync } from "node:fs"
import http from "node:http"
import path from "node:path"
import jwt from "jsonwebtoken"
import pg from "pg"
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS } from "../integrations/src/orderflow/demo-customers"
import { toErpTimestamp } from "../integrations/src/orderflow/stand-in/erp-time"
import { launchBrowser } from "../e2e/support/chromium"
import { ROOT, loadConfig } from "../scripts/lib/config"
import { signInCustomer } from "../scripts/lib/customer-session"
import { descendantsOf } from "../scripts/lib/processes"
import { startStack } from "../scripts/lib/stack"

const BENCH_ENVIRONMENT = {
  PORTAL_DATA_DIR: ".data/bench-notifications",
  POSTGRES_PORT: "25363",
  MEDUSA_PORT: "29200",
  STOREFRONT_PORT: "28200",
  CMS_PORT: "23200",
  MAILDEV_SMTP_PORT: "21225",
  MAILDEV_WEB_PORT: "21280",
  DEMO_IDP_PORT: "29400",
  SUPPORT_INBOUND_SMTP_PORT: "22525",
  ORDERFLOW_SIMULATOR: "off",
}
const EMAIL_SAMPLES = Number(process.env.BENCH_EMAIL_SAMPLES ?? 200)
const PAGE_SAMPLES = Number(process.env.BENCH_PAGE_SAMPLES ?? 100)
const STREAMS = Number(process.env.BENCH_STREAMS ?? 5_000)
const STREAM_BURST = Number(process.env.BENCH_STREAM_BURST ?? 250)
/** Which parts to run: BENCH_PARTS=emails,page,streams (all by default). */
const PARTS = new Set((process.env.BENCH_PARTS ?? "emails,page,streams").split(","))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return `p50 ${Math.round(percentile(sorted, 50))} ms   p95 ${Math.round(percentile(sorted, 95))} ms   max ${Math.round(sorted.at(-1)!)} ms`
}

/** What OrderFlow does to put an order on hold or release it: header status and last_upd, and a history row. */
async function toggleHold(erp: pg.Pool, ordNo: number, hold: boolean): Promise<number> {
  const status = hold ? "HD" : "PR"
  const at = toErpTimestamp(new Date())
  await erp.query(`UPDATE ord_hdr SET status_cd = $2, last_upd = $3 WHERE ord_no = $1`, [ordNo, status, at])
  await erp.query(`INSERT INTO ord_status_hist (ord_no, status_cd, changed_at, changed_by) VALUES ($1, $2, $3, 'BENCH')`, [ordNo, status, at])
  return Date.now()
}

interface MaildevMail {
  subject: string
  time: string
  to: { address: string }[]
}

/**
 * Resident memory once the process is quiet: the lowest of 25 samples over 50 s. V8 gives back the heap it grew for a
 * burst of work (the stack's start, 5,000 requests opening streams) only when its memory reducer runs, 20–30 s after
 * the burst (measured: 730 MB at 20 s, 408 MB from 30 s on); sampling sooner measures the burst, not what stays.
 */
async function settledResidentBytes(pid: number): Promise<number> {
  let lowest = Number.POSITIVE_INFINITY
  for (let sample = 0; sample < 25; sample++) {
    await sleep(2_000)
    lowest = Math.min(lowest, residentBytes(pid))
  }
  return lowest
}

/** Resident memory of a process and everything it started, in bytes (Linux /proc). */
function residentBytes(pid: number): number {
  return [pid, ...descendantsOf(pid)].reduce((total, each) => {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${each}/status`, "utf8"))?.[1]
      return total + Number(kb ?? 0) * 1024
    } catch {
      return total
    }
  }, 0)
}

export default async function notificationsBenchmark() {
  Object.assign(process.env, BENCH_ENVIRONMENT)
  for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL", "SMTP_URL"]) delete process.env[name]
  rmSync(path.join(ROOT, BENCH_ENVIRONMENT.PORTAL_DATA_DIR), { recursive: true, force: true })
  console.log("starting the portal on a fresh demo (builds if needed, generates and imports the ERP data)…")
  const stack = await startStack(loadConfig(), () => undefined)
  const { config } = stack
  const erp = new pg.Pool({ connectionString: config.postgres.orderflowUrl, max: 4 })
  const medusaDb = new pg.Pool({ connectionString: config.postgres.medusaUrl, max: 4 })
  const inbox = config.urls.inbox!
  try {
    // Each demo account's login becomes its Admin person at its first sign-in: the people notifications go to.
    for (const customer of DEMO_CUSTOMERS) await signInCustomer(config.urls.medusa, stack.publishableKey, customer.customerNumber, DEMO_CUSTOMER_PASSWORD)
    // Orders the bench moves on and off hold: every move is an email to the account's Admin. The demo has a few
    // open orders per customer; the bench adds ten each (in processing), as OrderFlow would, and waits for the sync.
    const { rows: orders } = await erp.query<{ ord_no: number; cust_no: string }>(
      `INSERT INTO ord_hdr (ord_no, cust_no, ord_dt, status_cd, cust_po_ref, sub_total, vat_amt, total_amt, promised_dt, last_upd)
       SELECT (SELECT max(ord_no) FROM ord_hdr) + row_number() OVER (), c.cust_no, timezone('Africa/Johannesburg', now()), 'PR', 'NOTIFY-BENCH', 0, 0, 0,
              (timezone('Africa/Johannesburg', now()) + interval '5 days')::date, timezone('Africa/Johannesburg', now()) - interval '1 minute'
         FROM unnest($1::text[]) AS c(cust_no), generate_series(1, 10)
       RETURNING ord_no, cust_no`,
      [DEMO_CUSTOMERS.map((customer) => customer.customerNumber)]
    )
    for (const deadline = Date.now() + 60_000; ; ) {
      const { rows } = await medusaDb.query<{ count: number }>(`SELECT count(*)::int AS count FROM erp_order WHERE ord_no = ANY($1)`, [orders.map((order) => order.ord_no)])
      if (rows[0]!.count === orders.length) break
      if (Date.now() > deadline) throw new Error("the bench's orders did not reach the portal within 60 s")
      await sleep(500)
    }
    // Their "being prepared" notifications are not part of the figures.
    await sleep(3_000)
    const emailOf = new Map(DEMO_CUSTOMERS.map((customer) => [customer.customerNumber, customer.email]))
    const onHold = new Set<number>()

    if (PARTS.has("emails")) {
      // 1. Emails: ten changes at a time, each order at most once a round (OrderFlow stamps last_upd to the second).
      await fetch(new URL("/email/all", inbox), { method: "DELETE" })
      const emailLatencies: number[] = []
      let timedOut = 0
      for (let round = 0; emailLatencies.length + timedOut < EMAIL_SAMPLES; round++) {
        const batch = Array.from({ length: 10 }, (_, index) => orders[(round * 10 + index) % orders.length]!)
        const started = await Promise.all(
          batch.map(async (order) => {
            const hold = !onHold.has(order.ord_no)
            if (hold) onHold.add(order.ord_no)
            else onHold.delete(order.ord_no)
            return { order, subject: hold ? `Order ${order.ord_no} is on hold` : `Order ${order.ord_no} is moving again`, committed: await toggleHold(erp, order.ord_no, hold) }
          })
        )
        const waiting = new Set(started)
        const deadline = Date.now() + 30_000
        while (waiting.size && Date.now() < deadline) {
          const mails = (await (await fetch(new URL("/email", inbox))).json()) as MaildevMail[]
          for (const change of [...waiting]) {
            const mail = mails.find((candidate) => candidate.subject === change.subject && candidate.to.some((to) => to.address === emailOf.get(change.order.cust_no)) && new Date(candidate.time).getTime() >= change.committed - 1_000)
            if (!mail) continue
            emailLatencies.push(new Date(mail.time).getTime() - change.committed)
            waiting.delete(change)
          }
          await sleep(100)
        }
        timedOut += waiting.size
        await fetch(new URL("/email/all", inbox), { method: "DELETE" })
        process.stdout.write(`\r  emails: ${emailLatencies.length} of ${EMAIL_SAMPLES}   `)
        await sleep(1_100)
      }
      process.stdout.write("\r\x1b[K")
      console.log(`ERP commit → email accepted by the SMTP server, ${emailLatencies.length} changes (${timedOut} not arrived within 30 s):`)
      console.log(`  ${summary(emailLatencies)}   (target: p95 at most 5,000 ms)`)
    }


    if (PARTS.has("page")) {
      // 2. An open order page in Chromium follows the order, with no reload.
      const demo = DEMO_CUSTOMERS[0]!
      const own = orders.filter((order) => order.cust_no === demo.customerNumber)
      const order = own[0]!
      const browser = await launchBrowser()
      const pageLatencies: number[] = []
      let pageTimeouts = 0
      try {
        const page = await browser.newPage()
        await page.goto(new URL(`/login?next=/account/orders/${order.ord_no}`, config.urls.storefront).toString())
        await page.getByLabel("Email or customer number").fill(demo.email)
        await page.getByRole("button", { name: "Continue" }).click()
        await page.getByLabel("Password").fill(DEMO_CUSTOMER_PASSWORD)
        await page.getByRole("button", { name: "Sign in" }).click()
        await page.waitForURL(`**/account/orders/${order.ord_no}`)
        await page.waitForFunction(() => document.documentElement.dataset.live === "on")
        await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
        for (let sample = 0; sample < PAGE_SAMPLES; sample++) {
          const hold = !onHold.has(order.ord_no)
          if (hold) onHold.add(order.ord_no)
          else onHold.delete(order.ord_no)
          const committed = await toggleHold(erp, order.ord_no, hold)
          const label = hold ? "On hold" : "Processing"
          try {
            // The status badge beside the order's title.
            await page.waitForFunction((text) => document.querySelector("main h1")?.parentElement?.textContent?.includes(text) ?? false, label, { timeout: 15_000, polling: 20 })
            pageLatencies.push(Date.now() - committed)
          } catch {
            pageTimeouts += 1
          }
          process.stdout.write(`\r  page: ${sample + 1} of ${PAGE_SAMPLES}   `)
          await sleep(1_100)
        }
        if (!(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument))) throw new Error("the order page reloaded")
      } finally {
        await browser.close()
      }
      process.stdout.write("\r\x1b[K")
      console.log(`ERP commit → the change on an open order page in Chromium, no reload, ${pageLatencies.length} changes (${pageTimeouts} timed out):`)
      console.log(`  ${summary(pageLatencies)}   (target: p95 at most 2,000 ms)`)
    }


    if (!PARTS.has("streams")) return
    // 3. 5,000 streams, spread over the demo accounts' people. Their sessions are written straight into the sessions
    //    table, each with its own token signed as the portal signs one (5,000 password sign-ins would measure password
    //    hashing, not streams).
    const { rows: people } = await medusaDb.query<{ customer_id: string; person_id: string; auth_identity_id: string }>(
      `SELECT m.customer_id, m.person_id, pi.auth_identity_id
         FROM account_membership m
         JOIN customer c ON c.id = m.customer_id
         JOIN provider_identity pi ON pi.provider = 'portal' AND pi.entity_id = c.metadata->>'customer_number' AND pi.deleted_at IS NULL
        WHERE c.metadata->>'customer_number' = ANY($1) AND m.deleted_at IS NULL`,
      [DEMO_CUSTOMERS.map((customer) => customer.customerNumber)]
    )
    const tokens: { token: string; customerId: string }[] = []
    const sessions: unknown[][] = []
    for (let index = 0; index < STREAMS; index++) {
      const person = people[index % people.length]!
      const token = jwt.sign(
        { actor_id: person.customer_id, actor_type: "customer", auth_identity_id: person.auth_identity_id, app_metadata: { customer_id: person.customer_id }, user_metadata: {} },
        config.secrets.jwt,
        { expiresIn: 3_600, jwtid: randomUUID() }
      )
      tokens.push({ token, customerId: person.customer_id })
      sessions.push([`csess_bench_${index}`, person.customer_id, person.person_id, createHash("sha256").update(token).digest("hex")])
    }
    await medusaDb.query(
      `INSERT INTO customer_session (id, customer_id, person_id, token_hash, last_seen_at, expires_at)
       SELECT s->>0, s->>1, s->>2, s->>3, now(), now() + interval '12 hours' FROM jsonb_array_elements($1::jsonb) AS s`,
      [JSON.stringify(sessions)]
    )
    const server = stack.services.find((service) => service.name.includes("medusa") && !service.name.includes("worker"))!
    const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
    const received = new Map<number, { customerId: string; at: number }[]>()
    const requests: http.ClientRequest[] = []
    const before = await settledResidentBytes(server.child.pid!)
    let open = 0
    let refused = 0
    const connect = (token: string, customerId: string) =>
      new Promise<void>((resolve) => {
        const request = http.get(new URL("/store/portal/live", config.urls.medusa), { agent, headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": stack.publishableKey } }, (response) => {
          if (response.statusCode !== 200) {
            refused += 1
            response.resume()
            return resolve()
          }
          open += 1
          response.setEncoding("utf8")
          let ready = false
          response.on("data", (chunk: string) => {
            if (!ready && chunk.includes("event: ready")) {
              ready = true
              resolve()
            }
            for (const match of chunk.matchAll(/id: (\d+)\nevent: change/g)) {
              const id = Number(match[1])
              received.set(id, [...(received.get(id) ?? []), { customerId, at: performance.now() }])
            }
          })
        })
        request.on("error", () => {
          refused += 1
          resolve()
        })
        requests.push(request)
      })
    // Browsers open their streams as people open the portal; BENCH_STREAM_BURST at a time (a restart's reconnect storm
    // is the worst case: every browser comes back within the 3 s `retry`).
    for (let start = 0; start < tokens.length; start += STREAM_BURST) {
      await Promise.all(tokens.slice(start, start + STREAM_BURST).map(({ token, customerId }) => connect(token, customerId)))
      process.stdout.write(`\r  streams open: ${open}   `)
    }
    const after = await settledResidentBytes(server.child.pid!)
    process.stdout.write("\r\x1b[K")
    const perThousand = ((after - before) / 1024 / 1024 / open) * 1000
    console.log(`${open} live streams open (${refused} refused): server memory ${Math.round(before / 1048576)} MB → ${Math.round(after / 1048576)} MB, ${perThousand.toFixed(1)} MB per 1,000 streams (target: at most 20 MB)`)

    // One event at a time for one account, as the dispatcher announces it; time until every stream of it has it.
    const streamsOf = new Map<string, number>()
    for (const { customerId } of tokens) streamsOf.set(customerId, (streamsOf.get(customerId) ?? 0) + 1)
    const accounts = [...streamsOf.keys()]
    const fanOut: number[] = []
    let misrouted = 0
    for (let sample = 0; sample < 50; sample++) {
      const customerId = accounts[sample % accounts.length]!
      const sequence = 900_000_000 + sample
      const sent = performance.now()
      await medusaDb.query(`SELECT pg_notify('portal_live', $1)`, [JSON.stringify({ c: customerId, s: sequence, k: "order.changed", o: null, a: null })])
      const deadline = Date.now() + 10_000
      while ((received.get(sequence)?.length ?? 0) < streamsOf.get(customerId)! && Date.now() < deadline) await sleep(5)
      const deliveries = received.get(sequence) ?? []
      misrouted += deliveries.filter((delivery) => delivery.customerId !== customerId).length
      if (deliveries.length) fanOut.push(Math.max(...deliveries.map((delivery) => delivery.at)) - sent)
    }
    console.log(`one event → every stream of its account among ${open} (${Math.round(open / accounts.length)} per account), 50 events:`)
    console.log(`  ${summary(fanOut)}   (target: p95 at most 500 ms); streams that received another account's event: ${misrouted}`)
    for (const request of requests) request.destroy()
    agent.destroy()
    await medusaDb.query(`DELETE FROM customer_session WHERE id LIKE 'csess_bench_%'`)
  } finally {
    await Promise.all([erp.end(), medusaDb.end()])
    await stack.stop()
  }
}
