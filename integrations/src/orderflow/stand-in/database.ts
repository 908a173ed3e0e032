import { readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"

/** The vendored OrderFlow schema, byte-identical to the ERP's (integrations/orderflow/schema.sql). */
export const ORDERFLOW_SCHEMA_FILE = path.resolve(__dirname, "../../../orderflow/schema.sql")

/** The role the importer uses: it can read every OrderFlow table and change nothing. */
export const ORDERFLOW_READER = { user: "orderflow_reader", password: "orderflow_reader" } as const

/** The same database as `adminUrl`, reached as the read-only role. */
export function readerUrl(adminUrl: string): string {
  const url = new URL(adminUrl)
  url.username = ORDERFLOW_READER.user
  url.password = ORDERFLOW_READER.password
  return url.toString()
}

/**
 * Creates the stand-in ERP's tables from the vendored schema (once) and the read-only role the importer uses.
 * Only for the demo and tests: a real OrderFlow database is never touched by this.
 * Returns true when it created the tables, i.e. the database was empty.
 */
export async function createStandInDatabase(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const existing = await client.query("SELECT to_regclass('public.cust_master') AS table")
    const created = existing.rows[0]?.table === null
    if (created) {
      await client.query("BEGIN")
      await client.query(readFileSync(ORDERFLOW_SCHEMA_FILE, "utf8"))
      await client.query("COMMIT")
    }
    const role = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [ORDERFLOW_READER.user])
    if (role.rowCount === 0) {
      await client.query(`CREATE ROLE ${ORDERFLOW_READER.user} LOGIN PASSWORD '${ORDERFLOW_READER.password}'`)
    }
    const database = (await client.query<{ name: string }>("SELECT current_database() AS name")).rows[0]!.name
    await client.query(`GRANT CONNECT ON DATABASE "${database}" TO ${ORDERFLOW_READER.user}`)
    await client.query(`GRANT USAGE ON SCHEMA public TO ${ORDERFLOW_READER.user}`)
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${ORDERFLOW_READER.user}`)
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`)
    return created
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}
