/**
 * `npm run bench:load`: the whole portal under a realistic mix, in the scale topology (nginx, Medusa servers and a
 * worker on Redis, two storefronts), on the `bench` OrderFlow dataset (2,000 accounts, 200,000 orders) plus the
 * 5,000-order customer. Sessions behave like customers (bench/lib/load-generator.ts, in its own process).
 *
 * Phases (BENCH_LOAD_PHASES, comma-separated, default "500,5000"):
 *   500, 5000 …        that many concurrent sessions; at 500, Chromium measures the dashboard's LCP meanwhile
 *   kill-server        one Medusa server is killed with SIGKILL a third into the run (restarted by the supervisor)
 *   kill-worker        the worker killed mid-sync (20,000 orders changed in OrderFlow); then the reconcile must be exact
 *   restart-redis      Redis stopped and started again a third into the run
 *   restart-postgres   PostgreSQL stopped and started again a third into the run
 *   soak               BENCH_LOAD_SOAK_MINUTES (30): memory growth, p95 drift, table growth
 * The faults and the soak run BENCH_LOAD_FAULT_SESSIONS (500) sessions; each checks afterwards that every change
 * OrderFlow made around the fault was announced once.
 * BENCH_LOAD_MINUTES (5): measured minutes per phase, after a ramp of BENCH_LOAD_RAMP_SECONDS (60) not counted.
 * Prints per request kind count, p50/p95/p99 and errors (a timeout is an error, timed at the timeout), and per
 * process CPU and RSS at the start, peak and end of the measured window.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { DEMO_CUSTOMER_PASSWORD } from "../integrations/src/orderflow/demo-customers"
import { launchBrowser } from "../e2e/support/chromium"
import { MEDUSA_SERVER_DIR, appBinary, appEnvironment } from "../scripts/lib/apps"
import { ROOT } from "../scripts/lib/config"
import { run } from "../scripts/lib/processes"
import type { RunningStack } from "../scripts/lib/stack"
import { scaleTopologyFromEnv, type ScaleTopology } from "../scripts/lib/topology"
import { BIG_CUSTOMER, startWithBigCustomer } from "./lib/big-customer"
import type { LoadResult, LoadSettings } from "./lib/load-generator"
import { type ProcessSampler, startProcessSampler } from "./lib/process-sampler"
import { type Fault, injectFault, stopRestartedPostgres, verifyAfterFault } from "./lib/faults"
import { largestContentfulPaint } from "./lib/paint"

const MEASURED_MS = Number(process.env.BENCH_LOAD_MINUTES ?? 5) * 60_000
/**
 * Sessions start spread over the ramp, not counted: each sign-in costs ~100 ms of CPU (scrypt, on purpose), so
 * 5,000 people signing in within a minute would be a stampede no portal sees. 60 ms of ramp per session, 2 minutes at least.
 */
const rampMs = (sessions: number) => (process.env.BENCH_LOAD_RAMP_SECONDS ? Number(process.env.BENCH_LOAD_RAMP_SECONDS) * 1_000 : Math.max(120_000, sessions * 60))
const SOAK_MS = Number(process.env.BENCH_LOAD_SOAK_MINUTES ?? 30) * 60_000
/** Sessions during the fault runs and the soak (BENCH_LOAD_FAULT_SESSIONS, 500). */
const FAULT_SESSIONS = Number(process.env.BENCH_LOAD_FAULT_SESSIONS ?? 500)
const TIMEOUT_MS = 10_000
const DATA_DIR = ".data/bench-load"
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN)

/** Ports of its own, below the ephemeral range, so the benchmark never meets a running portal. */
function useLoadEnvironment(): void {
  Object.assign(process.env, {
    PORTAL_DATA_DIR: DATA_DIR,
    ORDERFLOW_STAND_IN_SIZE: "bench",
    POSTGRES_PORT: "25400",
    MEDUSA_PORT: "25410", // servers on 25420, 25421, …
    MEDUSA_WORKER_PORT: "25460",
    STOREFRONT_PORT: "25430", // storefronts on 25440, 25441, …
    CMS_PORT: "25450",
    MAILDEV_SMTP_PORT: "25451",
    MAILDEV_WEB_PORT: "25452",
    DEMO_IDP_PORT: "25453",
    SUPPORT_INBOUND_SMTP_PORT: "25454",
    REDIS_PORT: "25455",
    ORDERFLOW_SIMULATOR: "off",
    // Thousands of sign-ins from one address in minutes: the limits that stop guessing would stop the benchmark.
    SIGN_IN_FAILURES_PER_ACCOUNT: "1000000",
    SIGN_IN_FAILURES_PER_IP: "1000000",
  })
  for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL", "SMTP_URL", "REDIS_URL"]) delete process.env[name]
}

interface Phase {
  name: string
  sessions: number
  measuredMs: number
  fault: Fault | null
  lcp: boolean
}

function phasesFromEnv(): Phase[] {
  return (process.env.BENCH_LOAD_PHASES ?? "500,5000").split(",").map((raw): Phase => {
    const name = raw.trim()
    if (/^\d+$/.test(name)) return { name: `${name} sessions`, sessions: Number(name), measuredMs: MEASURED_MS, fault: null, lcp: Number(name) === 500 }
    if (name === "soak") return { name: "soak", sessions: FAULT_SESSIONS, measuredMs: SOAK_MS, fault: null, lcp: false }
    if (name === "kill-server" || name === "kill-worker" || name === "restart-redis" || name === "restart-postgres") {
      return { name, sessions: FAULT_SESSIONS, measuredMs: MEASURED_MS, fault: name, lcp: false }
    }
    throw new Error(`Unknown phase "${name}": a number of sessions, kill-server, kill-worker, restart-redis, restart-postgres or soak`)
  })
}

/** Gives BENCH_LOGINS (600) of the dataset's accounts the demo password; returns their customer numbers. */
async function benchAccounts(stack: RunningStack, topology: ScaleTopology): Promise<string[]> {
  const file = path.join(ROOT, DATA_DIR, "bench-logins.json")
  await run(appBinary("medusa", "medusa"), ["exec", "./src/scripts/bench-logins.js"], {
    cwd: MEDUSA_SERVER_DIR,
    env: { ...appEnvironment("medusa", stack.config), NODE_ENV: "production", REDIS_URL: topology.redis.url, BENCH_LOGINS: process.env.BENCH_LOGINS ?? "600", BENCH_LOGINS_FILE: file },
    logFile: path.join(stack.config.dataDir, "logs", "bench-logins.log"),
  })
  const accounts = JSON.parse(readFileSync(file, "utf8")) as { customerNumber: string; segment: string }[]
  const bySegment = new Map<string, number>()
  for (const account of accounts) bySegment.set(account.segment, (bySegment.get(account.segment) ?? 0) + 1)
  console.log(`${accounts.length} accounts sign in (${[...bySegment].map(([segment, count]) => `${count} ${segment || "no segment"}`).join(", ")}), and ${BIG_CUSTOMER.customerNumber} with 5,000+ orders`)
  return accounts.map((account) => account.customerNumber)
}

/** The dashboard's largest contentful paint in Chromium, loaded again every 3 s until `until`. */
async function measureDashboardPaints(storefrontUrl: string, identifier: string, until: number): Promise<number[]> {
  const browser = await launchBrowser()
  const paints: number[] = []
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const url = (to: string) => new URL(to, storefrontUrl).toString()
    await page.goto(url("/login?method=password&next=/account"))
    await page.getByLabel("Email or customer number").fill(identifier)
    await page.getByLabel("Password").fill(DEMO_CUSTOMER_PASSWORD)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL(url("/account"), { timeout: 60_000 })
    while (Date.now() < until) {
      const fresh = await context.newPage()
      await fresh.goto(url("/account"), { waitUntil: "load", timeout: 30_000 })
      paints.push(await largestContentfulPaint(fresh))
      await fresh.close()
      await new Promise((resolve) => setTimeout(resolve, 3_000))
    }
  } catch (error) {
    // The paints measured so far still count; the load's own figures are not lost with the browser.
    console.log(`  Chromium stopped measuring: ${(error as Error).message.split("\n")[0]}`)
  } finally {
    await browser.close()
  }
  return paints
}

/** The running load generator: stopped with the benchmark, whatever ends it. */
let generator: ChildProcess | null = null

function runGenerator(settings: LoadSettings, sampler: ProcessSampler): Promise<LoadResult> {
  const file = path.join(ROOT, DATA_DIR, "load-settings.json")
  writeFileSync(file, JSON.stringify(settings))
  return new Promise((resolve, reject) => {
    // Its own process, with room for thousands of sessions' samples.
    const child = spawn(process.execPath, ["--max-old-space-size=2048", "--import", "tsx", path.join(ROOT, "bench/lib/load-generator.ts"), file], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] })
    generator = child
    sampler.track("load generator", child.pid!)
    child.on("error", reject)
    child.on("exit", (code) => {
      generator = null
      sampler.untrack("load generator")
      if (code !== 0) return reject(new Error(`the load generator failed (exit code ${code})`))
      resolve(JSON.parse(readFileSync(settings.output, "utf8")) as LoadResult)
    })
  })
}

interface KindFigures {
  kind: string
  count: number
  p50: number
  p95: number
  p99: number
  errors: number
}

/** Per request kind over [from, to) ms of the run; a failed request counts in the percentiles at what it took. */
function figures(result: LoadResult, from: number, to: number): KindFigures[] {
  return result.kinds
    .map((kind, index) => {
      const mine = result.samples.filter((sample) => sample[0] === index && sample[1] >= from && sample[1] < to)
      const sorted = mine.map((sample) => sample[2]).sort((a, b) => a - b)
      return { kind, count: mine.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors: mine.filter((sample) => !sample[3]).length }
    })
    .filter((row) => row.count > 0)
}

const DATA_KINDS_EXCLUDED = new Set(["sign in: credentials", "sign in (whole)", "event stream (until ready)"])

function printFigures(rows: KindFigures[], seconds: number, target: number): void {
  const fmt = (ms: number) => (Number.isNaN(ms) ? "    –" : ms.toFixed(0).padStart(5))
  for (const row of rows) {
    const checked = !DATA_KINDS_EXCLUDED.has(row.kind)
    const goal = row.kind === "order list" ? Math.min(25, target) : target
    const verdict = checked ? (row.p95 <= goal && row.errors === 0 ? `ok (p95 ≤ ${goal})` : `MISSED (p95 ≤ ${goal}, 0 errors)`) : "(not a data request)"
    console.log(
      `  ${row.kind.padEnd(28)} ${String(row.count).padStart(7)} ${(row.count / seconds).toFixed(1).padStart(6)}/s   p50 ${fmt(row.p50)}   p95 ${fmt(row.p95)}   p99 ${fmt(row.p99)} ms   errors ${String(row.errors).padStart(4)}   ${verdict}`
    )
  }
  const all = rows.reduce((sum, row) => sum + row.count, 0)
  console.log(`  ${"all requests".padEnd(28)} ${String(all).padStart(7)} ${(all / seconds).toFixed(1).padStart(6)}/s   errors ${rows.reduce((sum, row) => sum + row.errors, 0)}`)
}

/** p95 and errors of all data requests per 10 s window: what a fault does, and how soon it is over. */
function printTimeline(result: LoadResult, from: number, to: number, faultAt: number | null): void {
  const excluded = new Set(result.kinds.flatMap((kind, index) => (DATA_KINDS_EXCLUDED.has(kind) ? [index] : [])))
  console.log("  timeline (data requests, 10 s windows):")
  for (let start = from; start < to; start += 10_000) {
    const window = result.samples.filter((sample) => !excluded.has(sample[0]) && sample[1] >= start && sample[1] < start + 10_000)
    const sorted = window.map((sample) => sample[2]).sort((a, b) => a - b)
    const marker = faultAt !== null && faultAt >= start && faultAt < start + 10_000 ? "  ← fault" : ""
    console.log(`    ${String(Math.round((start - from) / 1000)).padStart(5)} s   ${String(window.length).padStart(5)} requests   p95 ${percentile(sorted, 95).toFixed(0).padStart(6)} ms   errors ${window.filter((sample) => !sample[3]).length}${marker}`)
  }
}

async function runPhase(phase: Phase, stack: RunningStack, topology: ScaleTopology, accounts: string[], sampler: ProcessSampler): Promise<void> {
  const ramp = rampMs(phase.sessions)
  console.log(`\n--- ${phase.name}: ${phase.sessions} sessions, ${ramp / 1000} s ramp, ${phase.measuredMs / 60_000} min measured, think time 10–30 s`)
  const output = path.join(ROOT, DATA_DIR, `load-result.json`)
  const settings: LoadSettings = {
    medusaUrl: stack.config.urls.medusa,
    cmsUrl: stack.config.urls.cms,
    publishableKey: stack.publishableKey,
    password: DEMO_CUSTOMER_PASSWORD,
    accounts,
    bigCustomer: BIG_CUSTOMER.customerNumber,
    bigCustomerShare: 0.05,
    sessions: phase.sessions,
    rampMs: ramp,
    durationMs: ramp + phase.measuredMs,
    think: { minMs: 10_000, maxMs: 30_000 },
    timeoutMs: TIMEOUT_MS,
    output,
  }
  const startedAt = Date.now()
  sampler.reset()
  const generated = runGenerator(settings, sampler)
  const measuredFrom = startedAt + ramp
  const paints = phase.lcp
    ? new Promise<number[]>((resolve) => setTimeout(resolve, ramp)).then(() => measureDashboardPaints(stack.config.urls.storefront, BIG_CUSTOMER.customerNumber, measuredFrom + phase.measuredMs - 5_000))
    : Promise.resolve([])
  setTimeout(() => sampler.markMeasuredStart(), ramp)
  let struckAt: number | null = null
  const fault = phase.fault
    ? new Promise<void>((resolve) => setTimeout(resolve, ramp + phase.measuredMs / 3)).then(() => injectFault(phase.fault!, stack, topology, (at) => (struckAt = at)))
    : Promise.resolve()
  const [result, lcp] = await Promise.all([generated, paints, fault]).then(([r, l]) => [r, l] as const)
  // On the generator's clock, which its samples count from.
  const faultAt = struckAt === null ? null : struckAt - result.startedAt
  const measured = figures(result, ramp, ramp + phase.measuredMs)
  const seconds = phase.measuredMs / 1000
  const target = phase.sessions > 500 ? 300 : 200
  console.log(`  sessions started ${result.sessionsStarted}, completed ${result.sessionsCompleted}; event streams dropped and reopened: ${result.streamDrops}`)
  printFigures(measured, seconds, target)
  const answered = (kind: string) => result.samples.filter((sample) => result.kinds[sample[0]] === kind).length
  const hits = Object.entries(result.cacheHits).map(([kind, count]) => `${kind} ${((count / answered(kind)) * 100).toFixed(0)} %`)
  console.log(`  answered from Medusa's answer cache (whole run): ${hits.length ? hits.join(", ") : "none"}`)
  if (lcp.length) {
    const sorted = [...lcp].sort((a, b) => a - b)
    console.log(`  dashboard LCP in Chromium meanwhile (${sorted.length} loads): p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, worst ${sorted.at(-1)!.toFixed(0)} ms (target p95 ≤ 500 ms)`)
  }
  if (phase.fault || phase.name === "soak") printTimeline(result, ramp, ramp + phase.measuredMs, faultAt)
  if (phase.name === "soak") {
    const first = figures(result, ramp, ramp + 5 * 60_000)
    const last = figures(result, ramp + phase.measuredMs - 5 * 60_000, ramp + phase.measuredMs)
    console.log("  p95 of the first and the last 5 minutes (target: within 20 %):")
    for (const row of last) {
      const before = first.find((candidate) => candidate.kind === row.kind)
      if (!before || DATA_KINDS_EXCLUDED.has(row.kind)) continue
      const drift = (row.p95 / before.p95 - 1) * 100
      console.log(`    ${row.kind.padEnd(28)} ${before.p95.toFixed(0).padStart(5)} → ${row.p95.toFixed(0).padStart(5)} ms  (${drift >= 0 ? "+" : ""}${drift.toFixed(0)} %)`)
    }
  }
  sampler.print(phase.name === "soak" ? "RSS growth after warm-up (target < 10 %)" : null)
  if (phase.fault) await verifyAfterFault(phase.fault, stack)
}

async function tableSizes(medusaUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: medusaUrl })
  await client.connect()
  try {
    const sizes: Record<string, number> = {}
    for (const table of ["customer_session", "consumed_token", "portal_rate_limit", "customer_event", "notification", "audit_entry"]) {
      const found = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`).catch(() => null)
      if (found) sizes[table] = found.rows[0]!.count
    }
    return sizes
  } finally {
    await client.end()
  }
}

export default async function loadBenchmark() {
  useLoadEnvironment()
  mkdirSync(path.join(ROOT, DATA_DIR), { recursive: true })
  const phases = phasesFromEnv()
  const topology = scaleTopologyFromEnv()
  const stack = await startWithBigCustomer(topology)
  const sampler = startProcessSampler(stack.services)
  // Ctrl-C stops the portal too: its processes run in groups of their own and would outlive this one.
  const interrupted = () =>
    void (async () => {
      console.log("\ninterrupted: stopping the portal…")
      generator?.kill("SIGTERM")
      sampler.stop()
      await stack.stop()
      await stopRestartedPostgres()
      process.exit(130)
    })()
  process.once("SIGINT", interrupted)
  process.once("SIGTERM", interrupted)
  try {
    console.log(`topology: nginx → ${topology.medusaServers} Medusa servers + the worker (Redis modules), ${topology.storefronts} storefronts; Redis ${topology.redis.url}`)
    const accounts = await benchAccounts(stack, topology)
    for (const phase of phases) {
      const before = phase.name === "soak" ? await tableSizes(stack.config.postgres.medusaUrl) : null
      await runPhase(phase, stack, topology, accounts, sampler)
      if (before) {
        const after = await tableSizes(stack.config.postgres.medusaUrl)
        console.log(`  rows before → after the soak: ${Object.keys(after).map((table) => `${table} ${before[table]} → ${after[table]}`).join(", ")}`)
      }
    }
  } finally {
    generator?.kill("SIGTERM")
    sampler.stop()
    await stack.stop()
    await stopRestartedPostgres()
  }
}
