/**
 * Start-up benchmark: how long the portal takes to come up on an empty database and again on a warm one,
 * and how much memory (RSS) each running process uses. Builds are made first and not counted.
 */
import { readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { buildStaleApps } from "../scripts/lib/apps"
import { loadConfig, ROOT } from "../scripts/lib/config"
import { descendantsOf } from "../scripts/lib/processes"
import { startStack, type RunningStack } from "../scripts/lib/stack"

const BENCH_ENVIRONMENT = {
  PORTAL_DATA_DIR: ".data/bench",
  POSTGRES_PORT: "25350",
  MEDUSA_PORT: "29000",
  STOREFRONT_PORT: "28000",
  CMS_PORT: "23000",
  MAILDEV_SMTP_PORT: "21025",
  MAILDEV_WEB_PORT: "21080",
  ORDERFLOW_SIMULATOR: "off",
}

function rssMegabytes(pid: number): number {
  let kilobytes = 0
  for (const each of [pid, ...descendantsOf(pid)]) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${each}/status`, "utf8"))
      kilobytes += Number(match?.[1] ?? 0)
    } catch {
      // exited
    }
  }
  return Math.round(kilobytes / 1024)
}

async function timedStart(): Promise<{ stack: RunningStack; seconds: number }> {
  const started = Date.now()
  const stack = await startStack(loadConfig(), () => undefined)
  return { stack, seconds: (Date.now() - started) / 1000 }
}

export default async function startupBenchmark() {
  Object.assign(process.env, BENCH_ENVIRONMENT)
  for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL", "SMTP_URL"]) delete process.env[name]
  rmSync(path.join(ROOT, BENCH_ENVIRONMENT.PORTAL_DATA_DIR), { recursive: true, force: true })
  await buildStaleApps(loadConfig(), { log: (line) => console.log(line) })

  const first = await timedStart()
  await first.stack.stop()
  const second = await timedStart()
  // Let the apps settle and serve one page each before measuring memory.
  const { urls } = second.stack.config
  await Promise.all([fetch(`${urls.storefront}/login`), fetch(`${urls.cms}/api/faqs`), fetch(`${urls.medusa}/health`)])
  const memory = second.stack.services.map((service) => ({ name: service.name, rss: rssMegabytes(service.child.pid!) }))
  await second.stack.stop()

  console.log(`first start, empty database (builds present): ${first.seconds.toFixed(1)} s`)
  console.log(`second start, warm:                          ${second.seconds.toFixed(1)} s   (target: under 30 s)`)
  console.log("memory (RSS, process and its children):")
  for (const { name, rss } of memory) console.log(`  ${name.padEnd(12)} ${String(rss).padStart(5)} MB`)
  console.log(`  ${"total".padEnd(12)} ${String(memory.reduce((sum, m) => sum + m.rss, 0)).padStart(5)} MB`)
}
