/**
 * The load generator of `npm run bench:load`, in a process of its own (bench/load.ts starts it), so its work is
 * counted apart from the portal's. Each session is a customer at the portal: signs in, opens the dashboard and the
 * live event stream, looks through orders (list, filter, search, one order, its confirmation PDF), invoices (list,
 * an invoice PDF), the statement, the help centre and their tickets, and signs out; 10–30 s of thinking between
 * steps, and a new session (another account) when one ends. Writes every request's timing to the output file.
 * Usage: node --import tsx bench/lib/load-generator.ts <settings.json>
 */
import { readFileSync, writeFileSync } from "node:fs"

export interface LoadSettings {
  medusaUrl: string
  cmsUrl: string
  publishableKey: string
  password: string
  /** Customer numbers with the password; sessions pick one at random. */
  accounts: string[]
  /** The 5,000-order customer, and the share of sessions that are its people. */
  bigCustomer: string
  bigCustomerShare: number
  sessions: number
  /** Sessions start spread over this long (sign-ins are deliberately slow: scrypt). */
  rampMs: number
  durationMs: number
  think: { minMs: number; maxMs: number }
  timeoutMs: number
  output: string
}

/** One request: its kind's index in `kinds`, when it started (ms after the run's start), how long it took, ok. */
export type Sample = [kind: number, startedMs: number, ms: number, ok: 0 | 1]

export interface LoadResult {
  /** When the run started (ms since the epoch): samples' times count from here. */
  startedAt: number
  kinds: string[]
  samples: Sample[]
  /** Event streams that ended without the session ending (a server went away); the session opened a new one. */
  streamDrops: number
  sessionsStarted: number
  sessionsCompleted: number
  /** Per kind, the answers Medusa gave from its answer cache (`x-portal-cache: hit`), over the whole run. */
  cacheHits: Record<string, number>
}

const HELP_WORDS = ["invoice", "delivery", "password", "statement", "reorder", "credit", "payment", "delivry", "acount"]
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Thrown by a think that would end after the run: the session stops there, its stream closed. */
const RUN_OVER = Symbol("run over")
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!

class Recorder {
  readonly kinds: string[] = []
  readonly samples: Sample[] = []
  constructor(private readonly startedAt: number) {}

  record(kind: string, started: number, ms: number, ok: boolean) {
    let index = this.kinds.indexOf(kind)
    if (index < 0) index = this.kinds.push(kind) - 1
    this.samples.push([index, Math.round(started - this.startedAt), Math.round(ms * 10) / 10, ok ? 1 : 0])
  }
}

async function main() {
  const settings = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as LoadSettings
  const startedAt = performance.now()
  const startedAtEpoch = Date.now()
  const deadline = startedAt + settings.durationMs
  const recorder = new Recorder(startedAt)
  let streamDrops = 0
  let sessionsStarted = 0
  let sessionsCompleted = 0
  const cacheHits: Record<string, number> = {}

  /** A request counted under `kind`; a timeout or a network error is an error, timed at what it cost the user. */
  const timed = async (kind: string, url: string, init: RequestInit = {}): Promise<Response | null> => {
    const started = performance.now()
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(settings.timeoutMs) })
      const body = await response.arrayBuffer()
      recorder.record(kind, started, performance.now() - started, response.ok)
      if (response.headers.get("x-portal-cache") === "hit") cacheHits[kind] = (cacheHits[kind] ?? 0) + 1
      return response.ok ? new Response(body, { status: response.status, headers: response.headers }) : null
    } catch {
      recorder.record(kind, started, Math.min(performance.now() - started, settings.timeoutMs), false)
      return null
    }
  }
  const json = async <T>(kind: string, url: string, init: RequestInit = {}): Promise<T | null> => {
    const response = await timed(kind, url, init)
    try {
      return response ? ((await response.json()) as T) : null
    } catch {
      return null
    }
  }
  const api = (path: string) => `${settings.medusaUrl}${path}`
  const think = async () => {
    const ms = settings.think.minMs + Math.random() * (settings.think.maxMs - settings.think.minMs)
    if (performance.now() + ms > deadline) {
      await sleep(Math.max(0, deadline - performance.now()))
      throw RUN_OVER
    }
    await sleep(ms)
  }

  /** The live stream, held open like a browser's EventSource: reopened 3 s after it drops, closed at sign-out. */
  const openStream = (headers: Record<string, string>) => {
    const controller = new AbortController()
    const run = async () => {
      while (!controller.signal.aborted) {
        const started = performance.now()
        try {
          const response = await fetch(api("/store/portal/live"), { headers, signal: controller.signal })
          if (!response.ok || !response.body) throw new Error(String(response.status))
          const reader = response.body.getReader()
          const decoder = new TextDecoder()
          let text = ""
          let ready = false
          for (;;) {
            const { done, value } = await reader.read()
            if (done) break
            text += decoder.decode(value, { stream: true })
            if (!ready && text.includes("event: ready")) {
              ready = true
              recorder.record("event stream (until ready)", started, performance.now() - started, true)
            }
            if (text.length > 4_096) text = text.slice(-1_024)
          }
          if (!controller.signal.aborted) streamDrops += 1
        } catch {
          if (controller.signal.aborted) return
          streamDrops += 1
        }
        await sleep(3_000)
      }
    }
    void run()
    return () => controller.abort()
  }

  const session = async () => {
    sessionsStarted += 1
    const identifier = Math.random() < settings.bigCustomerShare ? settings.bigCustomer : pick(settings.accounts)
    const signInStarted = performance.now()
    const login = await json<{ token: string }>("sign in: credentials", api("/auth/customer/portal"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ identifier, password: settings.password }),
    })
    const session = login
      ? await json<{ token: string }>("sign in: session", api("/store/portal/public/sessions"), {
          method: "POST",
          headers: { "content-type": "application/json", "x-publishable-api-key": settings.publishableKey, authorization: `Bearer ${login.token}` },
          body: JSON.stringify({ identifier }),
        })
      : null
    if (!session) {
      recorder.record("sign in (whole)", signInStarted, performance.now() - signInStarted, false)
      return
    }
    recorder.record("sign in (whole)", signInStarted, performance.now() - signInStarted, true)
    const headers = { "x-publishable-api-key": settings.publishableKey, authorization: `Bearer ${session.token}` }
    const get = <T>(kind: string, path: string) => json<T>(kind, api(path), { headers })
    const closeStream = openStream(headers)
    try {
      await Promise.all([get("me", "/store/portal/me"), get("dashboard", "/store/portal/dashboard")])
      await think()
      const list = await get<{ orders?: { ord_no: number }[] }>("order list", "/store/portal/orders?limit=20")
      const orderNumbers = (list?.orders ?? []).map((order) => order.ord_no)
      await think()
      await get("order list: filtered", `/store/portal/orders?status=${pick(["active", "delivered"])}&limit=20`)
      await think()
      const term = orderNumbers.length ? String(pick(orderNumbers)).slice(0, 4) : "BENCH"
      await get("order list: search", `/store/portal/orders?q=${encodeURIComponent(term)}&limit=20`)
      await think()
      const ordNo = orderNumbers.length ? pick(orderNumbers) : null
      if (ordNo !== null) {
        await get("order detail", `/store/portal/orders/${ordNo}`)
        await think()
        await timed("order confirmation PDF", api(`/store/portal/orders/${ordNo}/confirmation`), { headers })
        await think()
      }
      const invoices = await get<{ invoices?: { number: string }[] }>("invoice list", "/store/portal/invoices?limit=20")
      await think()
      const invoice = invoices?.invoices?.length ? pick(invoices.invoices).number : null
      if (invoice) {
        const link = await json<{ url: string }>("invoice PDF: link", api(`/store/portal/invoices/${invoice}/download-link`), { method: "POST", headers })
        if (link) await timed("invoice PDF", api(link.url), { headers })
        await think()
      }
      // As the statements page asks: this year so far, and the monthly statements beside it.
      const today = new Date().toLocaleDateString("en-CA", { timeZone: "Africa/Johannesburg" })
      await Promise.all([get("statement", `/store/portal/statement?from=${today.slice(0, 4)}-01-01&to=${today}`), get("monthly statements", "/store/portal/statements")])
      await think()
      await timed("help search", `${settings.cmsUrl}/api/help-articles/search?q=${pick(HELP_WORDS)}`)
      await think()
      await get("tickets", "/store/portal/tickets")
      await think()
      await timed("sign out", api("/store/portal/sessions/current"), { method: "DELETE", headers })
      sessionsCompleted += 1
    } finally {
      closeStream()
    }
  }

  const person = async (index: number) => {
    await sleep((index / settings.sessions) * settings.rampMs)
    try {
      while (performance.now() < deadline) {
        await session()
        await think()
      }
    } catch (error) {
      if (error !== RUN_OVER) throw error
    }
  }
  await Promise.all(Array.from({ length: settings.sessions }, (_, index) => person(index)))
  const result: LoadResult = { startedAt: startedAtEpoch, kinds: recorder.kinds, samples: recorder.samples, streamDrops, sessionsStarted, sessionsCompleted, cacheHits }
  writeFileSync(settings.output, JSON.stringify(result))
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
