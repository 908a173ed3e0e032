/**
 * `npm run bench:import`: the `bench` OrderFlow dataset (2,000 customers, 200,000 orders, ~1 M lines) generated
 * into a fresh stand-in ERP, then imported into a fresh Medusa database; the Medusa side prints orders/s, lines/s,
 * total time, peak RSS and the ratio to Medusa's standard createOrderWorkflow (medusa/src/scripts/bench-import.ts).
 */
import { rmSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { createStandInDatabase, generateStandInData, readerUrl } from "../integrations/src/orderflow/stand-in"
import { MEDUSA_SERVER_DIR, appBinary, appEnvironment, buildStaleApps } from "../scripts/lib/apps"
import { ROOT, loadConfig } from "../scripts/lib/config"
import { ensureDatabases, startEmbeddedPostgres } from "../scripts/lib/postgres"
import { run } from "../scripts/lib/processes"

const BENCH_ENVIRONMENT = { PORTAL_DATA_DIR: ".data/bench-import", POSTGRES_PORT: "54352", ORDERFLOW_SIMULATOR: "off" }

export default async function importBenchmark() {
  Object.assign(process.env, BENCH_ENVIRONMENT)
  for (const name of ["DATABASE_URL", "PAYLOAD_DATABASE_URL", "ORDERFLOW_DATABASE_URL"]) delete process.env[name]
  rmSync(path.join(ROOT, BENCH_ENVIRONMENT.PORTAL_DATA_DIR), { recursive: true, force: true })
  const config = loadConfig()
  await buildStaleApps(config, { log: (line) => console.log(line), only: ["integrations", "medusa"] })

  const postgres = await startEmbeddedPostgres(config.dataDir, config.postgres.port)
  try {
    await ensureDatabases([config.postgres.medusaUrl, config.postgres.orderflowUrl])
    await createStandInDatabase(config.postgres.orderflowUrl)
    console.log("generating the bench OrderFlow dataset (fresh ERP database)…")
    const generationStarted = Date.now()
    let lastPrinted = 0
    const counts = await generateStandInData(config.postgres.orderflowUrl, {
      size: "bench",
      onProgress: (done, total) => {
        if (Date.now() - lastPrinted < 2_000) return
        lastPrinted = Date.now()
        process.stdout.write(`\r  ${done} of ${total} orders generated   `)
      },
    })
    process.stdout.write("\r\x1b[K")
    console.log(
      `generated in ${((Date.now() - generationStarted) / 1000).toFixed(0)} s: ${counts.customers} customers, ${counts.orders} orders, ${counts.lines} lines, ` +
        `${counts.shipments} shipments, ${counts.invoices} invoices, ${counts.creditNotes} credit notes, ${counts.payments} payments`
    )

    // A real ERP database is settled, not freshly bulk-loaded: let PostgreSQL write the load out and gather statistics
    // before the clock starts, so the import does not compete with the generator's aftermath.
    const settle = new pg.Client({ connectionString: config.postgres.orderflowUrl })
    await settle.connect()
    await settle.query("VACUUM ANALYZE")
    await settle.query("CHECKPOINT")
    await settle.end()

    const env = { ...appEnvironment("medusa", config), ORDERFLOW_DATABASE_URL: readerUrl(config.postgres.orderflowUrl), NODE_ENV: "production", LOG_LEVEL: "error", ORDERFLOW_SYNC: "off" }
    const logsDir = path.join(config.dataDir, "logs")
    console.log("preparing a fresh Medusa database (migrations and seed)…")
    await run(appBinary("medusa", "medusa"), ["db:migrate"], { cwd: MEDUSA_SERVER_DIR, env, logFile: path.join(logsDir, "medusa-migrate.log") })
    await run(appBinary("medusa", "medusa"), ["exec", "./src/scripts/seed.js"], { cwd: MEDUSA_SERVER_DIR, env, logFile: path.join(logsDir, "medusa-seed.log") })
    console.log("importing…")
    await run(appBinary("medusa", "medusa"), ["exec", "./src/scripts/bench-import.js"], { cwd: MEDUSA_SERVER_DIR, env })
  } finally {
    await postgres.stop()
  }
}
