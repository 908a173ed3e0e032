import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { ROOT, type PortalConfig } from "./config"
import { MEDUSA_SERVER_DIR, appBinary, appEnvironment, buildStaleApps } from "./apps"
import { sourceHash } from "./build-stamp"
import { startMailServer, type RunningMailServer } from "./mail-server"
import { johannesburgDay } from "../../integrations/src/locale/format"
import { createStandInDatabase, generateStandInData } from "../../integrations/src/orderflow/stand-in"
import { ensureDatabases, startEmbeddedPostgres, waitForPostgres, type RunningPostgres } from "./postgres"
import { type NeededPort, type Service, assertPortsFree, run, startService, stopService, waitForHttp } from "./processes"
import { SCALE_PACKAGES, ensureSystemPackages } from "./system-packages"
import { type ScaleTopology, instancePorts, startNginx, startRedis, topologyPorts } from "./topology"

export interface RunningStack {
  config: PortalConfig
  publishableKey: string
  timings: Record<string, number>
  services: Service[]
  stop(): Promise<void>
}

/** True once an OrderFlow import has completed against this Medusa database. */
async function hasSyncedOnce(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    await client.connect()
    const result = await client.query(`SELECT 1 FROM orderflow_sync_cursor WHERE stream = 'sync' AND last_success_at IS NOT NULL LIMIT 1`)
    return (result.rowCount ?? 0) > 0
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

interface StackState {
  /** The Medusa build and database that migrations and the seed last ran for. */
  medusaPreparedFor?: string
}

function readState(dataDir: string): StackState {
  const file = path.join(dataDir, "state.json")
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StackState) : {}
}

function writeState(dataDir: string, state: StackState): void {
  writeFileSync(path.join(dataDir, "state.json"), JSON.stringify(state, null, 2))
}

/** The storefront's publishable key, created by the Medusa seed; null until the seed has run. */
async function findPublishableKey(databaseUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    await client.connect()
    const result = await client.query<{ token: string }>(
      `SELECT token FROM api_key WHERE title = $1 AND type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1`,
      ["Customer portal storefront"]
    )
    return result.rows[0]?.token ?? null
  } catch {
    return null // no schema yet
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** The stand-in ERP (embedded server only; a real ORDERFLOW_DATABASE_URL is never written to), filled on its first start. */
async function generateStandInErp(config: PortalConfig, log: (line: string) => void): Promise<void> {
  if (!(await createStandInDatabase(config.postgres.orderflowUrl))) return
  log("Generating the stand-in OrderFlow ERP's demo data…")
  // Made as of this morning's midnight in Johannesburg, not this second: every event then falls on the same
  // calendar day whatever the hour of the start, so a day's pages (and the browser tests' screenshots) are
  // the same at 09:00 and at 21:00.
  const asOf = new Date(`${johannesburgDay()}T00:00:00+02:00`)
  // The browser tests pin the working week (ORDERFLOW_STAND_IN_WEEKDAY), so their screenshots are the same on any day.
  const weekday = process.env.ORDERFLOW_STAND_IN_WEEKDAY
  if (weekday !== undefined && !/^[0-6]$/.test(weekday)) throw new Error("ORDERFLOW_STAND_IN_WEEKDAY must be a weekday number, 0 (Sunday) to 6 (Saturday).")
  // The load benchmark asks for the `bench` dataset (2,000 customers, 200,000 orders); everything else, the demo's.
  const size = process.env.ORDERFLOW_STAND_IN_SIZE || "demo"
  if (size !== "demo" && size !== "bench") throw new Error(`ORDERFLOW_STAND_IN_SIZE is demo or bench, got "${size}".`)
  const counts = await generateStandInData(config.postgres.orderflowUrl, { size, now: asOf, weekdayOfNow: weekday === undefined ? undefined : Number(weekday) })
  log(`OrderFlow stand-in: ${counts.customers} customers, ${counts.orders} orders, ${counts.invoices} invoices, ${counts.payments} payments`)
}

/** Work started now and awaited later: its failure is kept (not an unhandled rejection) until `rethrow` reads it. */
const settled = (work: Promise<unknown>): Promise<unknown> => work.then(() => null, (error: unknown) => error ?? new Error("failed"))
async function rethrow(outcome: Promise<unknown>): Promise<void> {
  const error = await outcome
  if (error) throw error
}

export type StackMode = "production" | "development"

/** Every port this stack will listen on, with the variable that moves it. */
function portsNeeded(config: PortalConfig, dev: boolean): NeededPort[] {
  return [
    ...(config.postgres.external ? [] : [{ port: config.postgres.port, use: "the embedded PostgreSQL (POSTGRES_PORT)" }]),
    ...(config.mail.external
      ? []
      : [
          { port: config.mail.smtpPort, use: "maildev's SMTP (MAILDEV_SMTP_PORT)" },
          { port: config.mail.inboxPort, use: "maildev's inbox (MAILDEV_WEB_PORT)" },
        ]),
    { port: config.ports.medusa, use: "Medusa (MEDUSA_PORT)" },
    ...(dev ? [] : [{ port: config.ports.medusaWorker, use: "the Medusa worker (MEDUSA_WORKER_PORT)" }]),
    { port: config.ports.cms, use: "the CMS (CMS_PORT)" },
    { port: config.ports.storefront, use: "the storefront (STOREFRONT_PORT)" },
    ...(config.urls.demoIdp ? [{ port: config.ports.demoIdp, use: "the demo company's identity provider (DEMO_IDP_PORT)" }] : []),
    ...(config.ports.supportInbound ? [{ port: config.ports.supportInbound, use: "replies to support emails (SUPPORT_INBOUND_SMTP_PORT)" }] : []),
  ]
}

/**
 * Brings the whole portal up: PostgreSQL, mail, builds, migrations, seed, then Medusa, the CMS and the
 * storefront, in production mode (built apps) or development mode (watching sources). Everything it
 * started is stopped by `stop()`, in reverse order.
 */
export async function startStack(
  config: PortalConfig,
  log: (line: string) => void,
  mode: StackMode = "production",
  topology: ScaleTopology | null = null
): Promise<RunningStack> {
  const timings: Record<string, number> = {}
  const stoppers: Array<() => Promise<void>> = []
  const services: Service[] = []
  // Once, however often it is called (Ctrl-C and a failing benchmark may both ask): in reverse order of starting.
  let stopping: Promise<void> | null = null
  const stop = () =>
    (stopping ??= (async () => {
      for (const stopOne of stoppers.splice(0).reverse()) await stopOne().catch((error) => log(`while stopping: ${String(error)}`))
    })())
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    const result = await work()
    timings[label] = Date.now() - started
    return result
  }
  const logsDir = path.join(config.dataDir, "logs")

  const dev = mode === "development"
  if (topology && dev) throw new Error("The scale topology runs the production builds; use `npm run start:scale`, not dev.")
  if (topology) ensureSystemPackages(log, SCALE_PACKAGES.filter((pkg) => pkg.debianPackage !== "redis-server" || topology.redis.port !== null), "The scale topology and its benchmark")
  const needed = [...portsNeeded(config, dev), ...(topology ? topologyPorts(config, topology) : [])]
  const clash = needed.find((one, index) => needed.findIndex((other) => other.port === one.port) !== index)
  if (clash) throw new Error(`Port ${clash.port} is wanted twice: by ${needed.filter((one) => one.port === clash.port).map((one) => one.use).join(" and by ")}. Move one of them.`)
  await assertPortsFree(needed)
  try {
    if (!config.postgres.external) {
      const postgres: RunningPostgres = await timed("postgres", () => startEmbeddedPostgres(config.dataDir, config.postgres.port))
      services.push(postgres.service)
      stoppers.push(() => postgres.stop())
      await ensureDatabases([config.postgres.medusaUrl, config.postgres.payloadUrl, config.postgres.orderflowUrl])
    }
    await waitForPostgres(config.postgres.medusaUrl)

    if (!config.mail.external) {
      const mail: RunningMailServer = await startMailServer(config.mail.smtpPort, config.mail.inboxPort, logsDir)
      services.push(mail.service)
      stoppers.push(() => mail.stop())
    }

    // A first start does three things at once where it can: the stand-in ERP's data is generated while Medusa
    // builds, and the CMS and the storefront build while Medusa migrates, seeds and imports (each of these leaves a
    // core idle most of the time, and the storefront does not need Medusa until it starts).
    const erpGenerated = settled(config.postgres.external ? Promise.resolve() : timed("orderflow-generate", () => generateStandInErp(config, log)))
    await timed("build", () => buildStaleApps(config, { log, only: dev ? ["integrations"] : ["integrations", "medusa"] }))
    const frontEndsBuilt = settled(dev ? Promise.resolve() : timed("build-front-ends", () => buildStaleApps(config, { log, only: ["cms", "storefront"] })))
    stoppers.push(async () => void (await frontEndsBuilt))
    await rethrow(erpGenerated)

    // The demo company's own identity provider, so single sign-on can be tried on a fresh clone.
    if (config.urls.demoIdp) {
      const idp = startService("demo-idp", process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/demo-identity-provider.ts")], {
        cwd: ROOT,
        env: { ...process.env, DEMO_IDP_PORT: String(config.ports.demoIdp), DEMO_IDP_CLIENT_SECRET: config.secrets.demoIdpClient, STOREFRONT_URL: config.urls.storefront, MEDUSA_BACKEND_URL: config.urls.medusa },
        logFile: path.join(logsDir, "demo-idp.log"),
      })
      services.push(idp)
      stoppers.push(() => stopService(idp))
      await waitForHttp(`${config.urls.demoIdp}/.well-known/openid-configuration`, idp, 20_000)
    }

    // Production runs the compiled server in .medusa/server; development runs the TypeScript sources.
    const medusaDir = dev ? path.join(ROOT, "medusa") : MEDUSA_SERVER_DIR
    const nodeEnv = dev ? "development" : "production"
    // Behind nginx (on this machine) the instances believe the X-Forwarded-For it adds, besides any proxies named.
    const behindProxy = topology ? { TRUSTED_PROXIES: ["loopback", process.env.TRUSTED_PROXIES].filter(Boolean).join(",") } : {}
    // Medusa's Redis modules in the scale topology only: a REDIS_URL left in the shell must not change `npm start`.
    const medusaEnv = { ...appEnvironment("medusa", config), NODE_ENV: nodeEnv, ...behindProxy, REDIS_URL: topology ? topology.redis.url : "" }
    if (topology?.redis.port) {
      const redis = startRedis(config.dataDir, topology.redis.port)
      services.push(redis.service)
      stoppers.push(() => redis.stop())
    }
    let publishableKey = await findPublishableKey(config.postgres.medusaUrl)
    // Migrations and the seed only change with Medusa's code; skipping them when it did not keeps restarts fast.
    const preparedFor = `${dev ? sourceHash(medusaDir) : readFileSync(path.join(MEDUSA_SERVER_DIR, ".build-stamp"), "utf8").trim()}|${config.postgres.medusaUrl}`
    const state = readState(config.dataDir)
    if (!publishableKey || state.medusaPreparedFor !== preparedFor) {
      await timed("medusa-migrate", () =>
        run(appBinary("medusa", "medusa"), ["db:migrate"], { cwd: medusaDir, env: medusaEnv, logFile: path.join(logsDir, "medusa-migrate.log") })
      )
      if (!publishableKey) log("Seeding demo data (first start)…")
      await timed("medusa-seed", () =>
        run(appBinary("medusa", "medusa"), ["exec", `./src/scripts/seed.${dev ? "ts" : "js"}`], {
          cwd: medusaDir,
          env: medusaEnv,
          logFile: path.join(logsDir, "medusa-seed.log"),
        })
      )
      publishableKey = await findPublishableKey(config.postgres.medusaUrl)
      if (!publishableKey) throw new Error(`The Medusa seed did not create the storefront's publishable key; see ${logsDir}/medusa-seed.log`)
      writeState(config.dataDir, { ...state, medusaPreparedFor: preparedFor })
    }

    // The first start imports OrderFlow before the portal opens; afterwards Medusa's job keeps it current.
    if (!(await hasSyncedOnce(config.postgres.medusaUrl))) {
      log("Importing OrderFlow (first start)…")
      await timed("orderflow-import", () =>
        run(appBinary("medusa", "medusa"), ["exec", `./src/scripts/orderflow-sync.${dev ? "ts" : "js"}`], {
          cwd: medusaDir,
          env: medusaEnv,
          logFile: path.join(logsDir, "orderflow-sync.log"),
        })
      )
      // The demo: last month's statements, as the monthly job would have sent them on the 1st. A real deployment's
      // first start sends nothing on its own; statements go out on their schedule, or when staff start a run.
      if (config.demo) {
        await timed("monthly-statements", () =>
          run(appBinary("medusa", "medusa"), ["exec", `./src/scripts/monthly-statements.${dev ? "ts" : "js"}`], {
            cwd: medusaDir,
            env: medusaEnv,
            logFile: path.join(logsDir, "monthly-statements.log"),
          })
        )
      }
    }

    await rethrow(frontEndsBuilt)

    const cmsEnv = { ...appEnvironment("cms", config), NODE_ENV: nodeEnv }
    // In production Payload runs its migrations itself (prodMigrations); `next dev` does not.
    if (dev) await run(appBinary("payload", "cms"), ["migrate"], { cwd: path.join(ROOT, "cms"), env: cmsEnv, logFile: path.join(logsDir, "cms-migrate.log") })

    const launch = (name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, restart = false) => {
      const service = startService(name, command, args, { cwd, env, logFile: path.join(logsDir, `${name}.log`), restart })
      services.push(service)
      stoppers.push(() => stopService(service))
      return service
    }
    // In production two Medusa processes share the work, the way Medusa is deployed: the server answers HTTP and the
    // worker runs the scheduled jobs (the OrderFlow sync every second), so a sync run never holds up a customer's
    // request. Each handles the events it emits itself (local event bus); in the scale topology the servers' events
    // reach the worker through Redis. Development runs one process for both.
    const medusaServers = topology
      ? instancePorts(config.ports.medusa, topology.medusaServers).map((port, index) =>
          launch(`medusa-${index + 1}`, appBinary("medusa", "medusa"), ["start", "--host", "127.0.0.1", "--port", String(port)], medusaDir, { ...medusaEnv, MEDUSA_WORKER_MODE: "server" }, true)
        )
      : [
          launch("medusa", appBinary("medusa", "medusa"), [dev ? "develop" : "start", "--port", String(config.ports.medusa)], medusaDir, {
            ...medusaEnv,
            MEDUSA_WORKER_MODE: dev ? "shared" : "server",
          }),
        ]
    const medusaWorker = dev
      ? null
      : launch(
          "medusa-worker",
          appBinary("medusa", "medusa"),
          ["start", "--host", "127.0.0.1", "--port", String(config.ports.medusaWorker)],
          medusaDir,
          { ...medusaEnv, MEDUSA_WORKER_MODE: "worker", DISABLE_MEDUSA_ADMIN: "true" },
          topology !== null
        )
    const cms = launch("cms", appBinary("next", "cms"), [dev ? "dev" : "start", "--port", String(config.ports.cms)], path.join(ROOT, "cms"), cmsEnv)
    // The storefront's own server (storefront/server.mts) works out each visitor's address for Medusa's limits.
    const storefrontEnv = {
      ...appEnvironment("storefront", config, { MEDUSA_PUBLISHABLE_KEY: publishableKey }),
      NODE_ENV: nodeEnv,
      ...behindProxy,
      // Behind nginx, reachable through it only.
      ...(topology ? { STOREFRONT_HOST: "127.0.0.1" } : {}),
    }
    const storefrontArgs = (port: number) => ["--import", "tsx", "server.mts", dev ? "dev" : "start", "--port", String(port)]
    const storefronts = topology
      ? instancePorts(config.ports.storefront, topology.storefronts).map((port, index) =>
          launch(`storefront-${index + 1}`, process.execPath, storefrontArgs(port), path.join(ROOT, "storefront"), storefrontEnv, true)
        )
      : [launch("storefront", process.execPath, storefrontArgs(config.ports.storefront), path.join(ROOT, "storefront"), storefrontEnv)]

    // The stand-in ERP comes alive for the demo; a real OrderFlow is never written to.
    if (!config.postgres.external && config.orderflowSimulator) {
      launch("orderflow-simulator", process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/orderflow-simulator.ts"), config.postgres.orderflowUrl], ROOT, {})
    }

    const medusaPorts = topology ? instancePorts(config.ports.medusa, topology.medusaServers) : [config.ports.medusa]
    const storefrontPorts = topology ? instancePorts(config.ports.storefront, topology.storefronts) : [config.ports.storefront]
    await timed("ready", () =>
      Promise.all([
        ...medusaServers.map((server, index) => waitForHttp(`http://127.0.0.1:${medusaPorts[index]}/health`, server)),
        medusaWorker && waitForHttp(`http://127.0.0.1:${config.ports.medusaWorker}/health`, medusaWorker),
        // The first API request makes Payload connect, run pending migrations and seed.
        waitForHttp(`http://127.0.0.1:${config.ports.cms}/api/faqs?limit=1`, cms),
        ...storefronts.map((storefront, index) => waitForHttp(`http://127.0.0.1:${storefrontPorts[index]}/login`, storefront)),
      ])
    )
    if (topology) {
      const nginx = startNginx(config, topology)
      services.push(nginx.service)
      stoppers.push(() => nginx.stop())
      await Promise.all([
        waitForHttp(`http://127.0.0.1:${config.ports.medusa}/health`, nginx.service, 20_000),
        waitForHttp(`http://127.0.0.1:${config.ports.storefront}/login`, nginx.service, 20_000),
      ])
    }
    return { config, publishableKey, timings, services, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * Runs one of Medusa's scripts (src/scripts/<name>.ts, built) against the portal's databases, starting the
 * embedded PostgreSQL for the duration when `npm start` is not running.
 */
export async function runMedusaScript(config: PortalConfig, name: string, log: (line: string) => void): Promise<void> {
  let postgres: RunningPostgres | null = null
  try {
    await waitForPostgres(config.postgres.medusaUrl, 1_000)
  } catch {
    if (config.postgres.external) throw new Error(`PostgreSQL at ${new URL(config.postgres.medusaUrl).host} is not reachable`)
    postgres = await startEmbeddedPostgres(config.dataDir, config.postgres.port)
  }
  try {
    await buildStaleApps(config, { log, only: ["integrations", "medusa"] })
    await run(appBinary("medusa", "medusa"), ["exec", `./src/scripts/${name}.js`], {
      cwd: MEDUSA_SERVER_DIR,
      env: { ...appEnvironment("medusa", config), NODE_ENV: "production" },
    })
  } finally {
    await postgres?.stop()
  }
}
