/**
 * `npm run bench:help`: the help centre on the production build. (1) Help search over 1,000 published articles
 * (generated once, through the CMS's REST API as an editor writes them): typed words, misspellings, prefixes,
 * several words, searches that find nothing. (2) The header's one search (help + the customer's orders and
 * invoices) for the customer with 5,000 orders, signed in. (3) An article page's largest contentful paint in
 * Chromium. Latencies are measured at the caller on the same machine, so they include the HTTP round trip.
 */
import { DEMO_CUSTOMER_PASSWORD } from "../integrations/src/orderflow/demo-customers"
import { launchBrowser } from "../e2e/support/chromium"
import { BIG_CUSTOMER, startWithBigCustomer, useBenchEnvironment } from "./lib/big-customer"
import { largestContentfulPaint } from "./lib/paint"

const ARTICLES = 1_000
const SEARCHES = Number(process.env.BENCH_HELP_SEARCHES ?? 1_000)
const UNIFIED_SEARCHES = Number(process.env.BENCH_HELP_UNIFIED_SEARCHES ?? 400)
const CONCURRENCY = 4
const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 7)
const TIMEOUT_MS = 10_000

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN)

/** Words of this trade, for articles that read like help text and searches that hit some and miss others. */
const VOCABULARY = (
  "order delivery invoice statement payment credit note pallet cold chain refrigerated crate produce dairy bakery " +
  "beverages catering event tables chairs linen cutlery glassware deposit return damaged missing short shipped " +
  "waybill courier tracking driver route depot warehouse stock backorder substitute discontinued price list " +
  "account team role buyer viewer admin branch location password sign notification email digest reminder overdue " +
  "balance aging export xero quickbooks ubl reference remittance bank transfer allocation rebate volume discount " +
  "minimum quantity lead time cutoff weekend public holiday collection counter trade hours contract tender"
).split(" ")

function sentence(seed: number, words: number): string {
  const picked = Array.from({ length: words }, (_, i) => VOCABULARY[(seed * 31 + i * 17 + ((seed >> 3) % 7) * i) % VOCABULARY.length]!)
  const text = picked.join(" ")
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

const paragraph = (text: string) => ({
  type: "paragraph",
  version: 1,
  direction: null,
  format: "",
  indent: 0,
  textFormat: 0,
  children: [{ type: "text", version: 1, text, format: 0, detail: 0, mode: "normal", style: "" }],
})

const heading = (text: string) => ({
  type: "heading",
  tag: "h2",
  version: 1,
  direction: null,
  format: "",
  indent: 0,
  children: [{ type: "text", version: 1, text, format: 0, detail: 0, mode: "normal", style: "" }],
})

/** A generated article of about 300 words in three sections. */
function generatedArticle(n: number, category: number) {
  const children = [1, 2, 3].flatMap((section) => [
    heading(sentence(n * 3 + section, 4).slice(0, -1)),
    paragraph(Array.from({ length: 4 }, (_, i) => sentence(n * 11 + section * 5 + i, 8)).join(" ")),
    paragraph(Array.from({ length: 4 }, (_, i) => sentence(n * 13 + section * 7 + i, 8)).join(" ")),
  ])
  return {
    title: `${sentence(n, 5).slice(0, -1)} (${n})`,
    slug: `bench-article-${n}`,
    summary: sentence(n * 7, 14),
    category,
    keywords: VOCABULARY[n % VOCABULARY.length],
    body: { root: { type: "root", version: 1, direction: null, format: "", indent: 0, children } },
    _status: "published",
  }
}

async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await task(items[next++]!)
  }))
}

/** Publishes the generated articles through the CMS's REST API as the editor (once per data folder). */
async function ensureArticles(cmsUrl: string, editor: { email: string; password: string }): Promise<void> {
  const login = await fetch(new URL("/api/users/login", cmsUrl), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(editor) })
  const { token } = (await login.json()) as { token: string }
  const headers = { "content-type": "application/json", authorization: `JWT ${token}` }
  const existing = (await (await fetch(new URL("/api/help-articles?where[slug][like]=bench-article-&limit=0", cmsUrl), { headers })).json()) as { totalDocs: number }
  if (existing.totalDocs >= ARTICLES) return
  const categories = (await (await fetch(new URL("/api/help-categories?limit=10", cmsUrl))).json()) as { docs: { id: number }[] }
  console.log(`publishing ${ARTICLES} generated articles through the CMS (once)…`)
  const started = Date.now()
  let failed = 0
  await inParallel(Array.from({ length: ARTICLES }, (_, n) => n), 4, async (n) => {
    const response = await fetch(new URL("/api/help-articles", cmsUrl), { method: "POST", headers, body: JSON.stringify(generatedArticle(n, categories.docs[n % categories.docs.length]!.id)) })
    if (!response.ok && response.status !== 400) failed++ // 400: this slug exists from an interrupted earlier run
  })
  console.log(`  published in ${((Date.now() - started) / 1000).toFixed(0)} s${failed ? `, ${failed} failed` : ""}`)
}

interface Sample {
  ms: number
  /** The server's own time for the search (its Server-Timing header), when it reports one. */
  serverMs: number | null
  ok: boolean
  timedOut: boolean
}

async function timed(request: () => Promise<Response>): Promise<Sample> {
  const started = performance.now()
  try {
    const response = await request()
    await response.arrayBuffer()
    const serverMs = Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN)
    return { ms: performance.now() - started, serverMs: Number.isFinite(serverMs) ? serverMs : null, ok: response.ok, timedOut: false }
  } catch (error) {
    return { ms: performance.now() - started, serverMs: null, ok: false, timedOut: (error as Error).name === "TimeoutError" }
  }
}

function report(label: string, samples: Sample[], target: string, pick: (sample: Sample) => number | null = (sample) => sample.ms): void {
  const sorted = samples
    .filter((sample) => sample.ok)
    .map(pick)
    .filter((ms): ms is number => ms !== null)
    .sort((a, b) => a - b)
  const errors = samples.filter((sample) => !sample.ok && !sample.timedOut).length
  const timeouts = samples.filter((sample) => sample.timedOut).length
  console.log(
    `  ${label.padEnd(34)} n ${String(samples.length).padStart(5)}   p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms   ` +
      `p99 ${percentile(sorted, 99).toFixed(1).padStart(6)} ms   errors ${errors}   timeouts ${timeouts}   (${target})`
  )
}

/** What customers type: whole words, misspellings, a prefix while typing, several words, and things nobody wrote. */
const HELP_QUERIES = ["statement", "statment", "waybil", "tracking", "pallet deposit", "refrigerated delivery", "quickbok export", "overdue invoice reminder", "pass", "cold chain crate", "forklift hire", "credit note allocation", "ubl", "public holiday cutoff", "xylophone"]

export default async function helpBenchmark() {
  useBenchEnvironment(25370)
  const stack = await startWithBigCustomer()
  const browser = await launchBrowser()
  try {
    const { cms, storefront } = stack.config.urls
    await ensureArticles(cms, stack.config.editor)
    const published = (await (await fetch(new URL("/api/help-articles?limit=0", cms))).json()) as { totalDocs: number }
    console.log(`help search over ${published.totalDocs} published articles, ${CONCURRENCY} at a time:`)
    const searchUrl = (q: string) => new URL(`/api/help-articles/search?q=${encodeURIComponent(q)}`, cms)
    for (const q of HELP_QUERIES) await fetch(searchUrl(q)) // warm the connection pool and plans
    const helpSamples: Sample[] = []
    await inParallel(Array.from({ length: SEARCHES }, (_, i) => HELP_QUERIES[i % HELP_QUERIES.length]!), CONCURRENCY, async (q) => {
      helpSamples.push(await timed(() => fetch(searchUrl(q), { signal: AbortSignal.timeout(TIMEOUT_MS) })))
    })
    report("search, the server's own time", helpSamples, "target: p95 at most 50 ms", (sample) => sample.serverMs)
    report("GET /api/help-articles/search", helpSamples, "round trip, HTTP included")

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const url = (path: string) => new URL(path, storefront).toString()
    await page.goto(url("/login?method=password&next=/account"))
    await page.getByLabel("Email or customer number").fill(BIG_CUSTOMER.customerNumber)
    await page.getByLabel("Password").fill(DEMO_CUSTOMER_PASSWORD)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL(url("/account"))
    const cookie = (await context.cookies(storefront)).map((entry) => `${entry.name}=${entry.value}`).join("; ")
    const ordNo = (await page.getByRole("region", { name: "Your orders" }).getByRole("link", { name: /^Order \d+$/ }).first().textContent())!.replace(/\D/g, "")
    const unifiedQueries = [ordNo, "BENCH-12", "BENCH-4711", "INV", "cheddar", "statment", "waybil", "pallet deposit", ordNo.slice(0, 4), "xylophone"]
    console.log(`one search (help + orders + invoices) for ${BIG_CUSTOMER.customerNumber}, signed in, through the storefront:`)
    const unifiedUrl = (q: string) => url(`/api/search?q=${encodeURIComponent(q)}`)
    for (const q of unifiedQueries) await fetch(unifiedUrl(q), { headers: { cookie } })
    // One customer typing sends one search at a time; four at a time is four people searching at once.
    for (const concurrency of [1, CONCURRENCY]) {
      const unifiedSamples: Sample[] = []
      await inParallel(Array.from({ length: UNIFIED_SEARCHES }, (_, i) => unifiedQueries[i % unifiedQueries.length]!), concurrency, async (q) => {
        unifiedSamples.push(await timed(() => fetch(unifiedUrl(q), { headers: { cookie }, signal: AbortSignal.timeout(TIMEOUT_MS) })))
      })
      report(`GET /api/search, ${concurrency} at a time`, unifiedSamples, "target: p95 at most 100 ms")
    }

    const articlePath = "/help/articles/statements-and-aging"
    await (await context.newPage()).goto(url(articlePath))
    const paints: number[] = []
    for (let load = 0; load < LOADS; load++) {
      const fresh = await context.newPage()
      await fresh.goto(url(articlePath), { waitUntil: "load" })
      paints.push(await largestContentfulPaint(fresh))
      await fresh.close()
    }
    paints.sort((a, b) => a - b)
    console.log(`article page, largest contentful paint, ${LOADS} loads (production build):`)
    console.log(`  median ${paints[Math.floor(paints.length / 2)]!.toFixed(0)} ms   worst ${paints.at(-1)!.toFixed(0)} ms   (target: at most 1,000 ms)`)
  } finally {
    await browser.close()
    await stack.stop()
  }
}
