/**
 * `npm test`: every check the project has, in order, stopping at the first failure.
 * lint → type-check → unit tests → Medusa integration tests → Payload Local API tests → browser tests.
 * Integration tests get a throw-away embedded PostgreSQL; browser tests bring the whole portal up on test ports.
 */
import { randomBytes } from "node:crypto"
import { readFileSync, readdirSync, rmSync, statSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { ROOT } from "./lib/config"
import { ensureDatabases, startEmbeddedPostgres } from "./lib/postgres"
import { inParallel } from "./lib/parallel"
import { run } from "./lib/processes"
import { ensureSystemPackages } from "./lib/system-packages"

// Below the ephemeral range (32768–60999), where an outgoing connection can hold a port just as PostgreSQL starts.
const TEST_POSTGRES_PORT = Number(process.env.TEST_POSTGRES_PORT || 15430)
/** Medusa spec files run at the same time (TEST_SPEC_CONCURRENCY; 1 runs them one by one). */
const SPEC_CONCURRENCY = Math.max(1, Number(process.env.TEST_SPEC_CONCURRENCY || 2))
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name)
const log = (line: string) => console.log(`\n[test] ${line}`)
const randomHex = () => randomBytes(32).toString("hex")

function medusaSpecFiles(dir = path.join(ROOT, "medusa/integration-tests")): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? medusaSpecFiles(path.join(dir, entry.name)) : entry.name.endsWith(".spec.ts") ? [path.join(dir, entry.name)] : []))
    .sort()
}

/** Set once the type-check stage has passed in this run. */
let sourcesTypeChecked = false

interface Stage {
  name: string
  run: () => Promise<void>
  /** Part of another stage; runs on its own only when asked for by name (`npm run test:visual`). */
  onlyWhenAsked?: boolean
}

async function withTestPostgres<T>(work: (urls: { host: string; port: number; payloadUrl: string }) => Promise<T>): Promise<T> {
  const dataDir = path.join(ROOT, ".data/test")
  rmSync(path.join(dataDir, "postgres"), { recursive: true, force: true })
  const postgres = await startEmbeddedPostgres(dataDir, TEST_POSTGRES_PORT)
  try {
    const payloadUrl = `postgres://postgres:postgres@localhost:${TEST_POSTGRES_PORT}/payload_test`
    await ensureDatabases([payloadUrl])
    return await work({ host: "localhost", port: TEST_POSTGRES_PORT, payloadUrl })
  } finally {
    await postgres.stop()
  }
}

/**
 * Migrates Medusa's schema (modules, links) once and makes it the test server's template1, the database every
 * `CREATE DATABASE` copies: each Medusa spec file's fresh database then starts migrated, and the runner's own
 * migration finds nothing to do. Databases that must start empty say TEMPLATE template0.
 */
async function migrateMedusaIntoTemplate1(port: number): Promise<void> {
  const server = `postgres://postgres:postgres@localhost:${port}`
  const admin = new pg.Client({ connectionString: `${server}/postgres` })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS medusa_template`)
    await admin.query(`CREATE DATABASE medusa_template TEMPLATE template0`)
    await run(bin("medusa"), ["db:migrate", "--skip-scripts", "--execute-all-links"], {
      cwd: path.join(ROOT, "medusa"),
      // The spec files' own settings (medusa/vitest.config.mts): the demo, with throw-away secrets.
      env: { DATABASE_URL: `${server}/medusa_template`, LOG_LEVEL: "error", PORTAL_DEMO: "on", JWT_SECRET: randomHex(), COOKIE_SECRET: randomHex(), SSO_SECRET_KEY: randomHex() },
      logFile: path.join(ROOT, ".data/test/logs/medusa-template.log"),
    })
    await admin.query(`ALTER DATABASE template1 WITH IS_TEMPLATE false`)
    await admin.query(`DROP DATABASE template1`)
    await admin.query(`CREATE DATABASE template1 WITH TEMPLATE medusa_template IS_TEMPLATE true`)
    await admin.query(`DROP DATABASE medusa_template`)
  } finally {
    await admin.end()
  }
}

const stages: Stage[] = [
  { name: "system packages", run: async () => ensureSystemPackages(log) },
  { name: "build the integrations package", run: () => run(bin("tsc"), ["-p", "tsconfig.build.json"], { cwd: path.join(ROOT, "integrations") }) },
  { name: "lint", run: () => run(bin("eslint"), ["--max-warnings", "0", "."], { cwd: ROOT }) },
  {
    name: "type-check",
    // `npm run typecheck`, each workspace's check and the root's, two at a time (each is one busy core).
    run: () =>
      inParallel(["medusa", "storefront", "cms", "integrations", "."], SPEC_CONCURRENCY, (workspace) =>
        workspace === "." ? run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], { cwd: ROOT }) : run("npm", ["run", "typecheck", "-w", workspace], { cwd: ROOT })
      ).then(() => {
        sourcesTypeChecked = true
      }),
  },
  { name: "unit tests", run: () => run(bin("vitest"), ["run", "--project", "unit"], { cwd: ROOT }) },
  {
    name: "integration tests (OrderFlow stand-in, Medusa and Payload on PostgreSQL)",
    run: () =>
      withTestPostgres(async ({ host, port, payloadUrl }) => {
        await run(bin("vitest"), ["run", "--project", "integration"], {
          cwd: ROOT,
          env: { TEST_POSTGRES_URL: `postgres://postgres:postgres@${host}:${port}/postgres` },
        })
        // One vitest process per Medusa spec file: after a Medusa app has run in a worker thread, starting the next
        // file in the same process crashed Node with SIGSEGV (and sharing one thread leaks state between apps).
        // Two files at a time: each boots its own app on a free port, with its own databases and inbox port, and
        // most of a file's time is spent waiting on PostgreSQL, so two keep both cores busy.
        // Largest files (most tests) first, so the last one to start is a short one.
        await migrateMedusaIntoTemplate1(port)
        const files = medusaSpecFiles().sort((a, b) => statSync(b).size - statSync(a).size)
        await inParallel(files, SPEC_CONCURRENCY, async (file) => {
          const logFile = path.join(ROOT, ".data/test/logs", `${path.basename(file, ".spec.ts")}.log`)
          const started = Date.now()
          rmSync(logFile, { force: true })
          await run(bin("vitest"), ["run", file], {
            cwd: path.join(ROOT, "medusa"),
            env: { DB_HOST: host, DB_PORT: String(port), DB_USERNAME: "postgres", DB_PASSWORD: "postgres", LOG_LEVEL: "error" },
            logFile,
          })
          // eslint-disable-next-line no-control-regex -- the colour codes vitest writes even into a file
          const output = readFileSync(logFile, "utf8").replace(/\x1b\[[0-9;]*m/g, "")
          const summary = output.match(/Tests\s+\d+ passed[^\n]*/)?.[0] ?? "passed"
          console.log(`  ✓ ${path.relative(ROOT, file)}: ${summary.replace(/\s+/g, " ")} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
        })
        await run(bin("vitest"), ["run"], { cwd: path.join(ROOT, "cms"), env: { PAYLOAD_DATABASE_URL: payloadUrl, PAYLOAD_SECRET: "test-secret", CMS_STOREFRONT_SECRET: "test-cms-storefront-secret", PORTAL_DEMO: "on" } })
      }),
  },
  // The visual tests run first among the browser tests (e2e/support/sequencer.ts).
  {
    name: "browser tests (the whole portal in Chromium)",
    // The builds it makes skip Next.js's own type-check when this run's type-check stage has just done it.
    run: () => run(bin("vitest"), ["run", "--project", "e2e"], { cwd: ROOT, env: sourcesTypeChecked ? { PORTAL_SOURCES_TYPECHECKED: "1" } : {} }),
  },
  {
    name: "visual tests (every page's screenshots against e2e/visual/baselines)",
    onlyWhenAsked: true,
    run: () => run(bin("vitest"), ["run", "--project", "e2e", "e2e/visual.e2e.ts"], { cwd: ROOT }),
  },
]

async function main() {
  const args = process.argv.slice(2)
  // `npm run test:visual -- --update` accepts the screenshots it takes as the new baselines.
  if (args.includes("--update")) process.env.VISUAL_UPDATE = "1"
  const only = args.filter((arg) => !arg.startsWith("--"))
  const started = Date.now()
  const results: string[] = []
  for (const stage of stages) {
    if (only.length > 0 ? !only.some((word) => stage.name.includes(word)) : stage.onlyWhenAsked) continue
    const stageStarted = Date.now()
    log(`${stage.name}…`)
    await stage.run()
    results.push(`  ✓ ${stage.name} (${((Date.now() - stageStarted) / 1000).toFixed(0)} s)`)
  }
  console.log(`\n[test] All checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s:\n${results.join("\n")}`)
}

main().catch((error: unknown) => {
  console.error(`\n[test] FAILED: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
