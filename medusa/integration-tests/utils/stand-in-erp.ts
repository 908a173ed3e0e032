import { createStandInDatabase, generateStandInData, readerUrl } from "@portal/integrations/orderflow/stand-in"
import pg from "pg"

/** The test PostgreSQL server that @medusajs/test-utils uses too (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD). */
const server = `postgres://${process.env.DB_USERNAME ?? "postgres"}:${process.env.DB_PASSWORD ?? "postgres"}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}`

/** A stand-in OrderFlow database for one spec file: recreated and filled with the `test` size on demand. */
export function standInErp(name: string) {
  const url = `${server}/${name}`
  return {
    url,
    readerUrl: readerUrl(url),
    async recreate(seed: number, now = new Date("2026-11-01T08:00:00Z")): Promise<void> {
      const admin = new pg.Client({ connectionString: `${server}/postgres` })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.query(`CREATE DATABASE ${name}`)
      await admin.end()
      await createStandInDatabase(url)
      await generateStandInData(url, { size: "test", seed, now })
    },
    /** Runs SQL as the ERP itself would (superuser), to change data the way OrderFlow does. */
    async query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        return (await client.query<T>(sql, params)).rows
      } finally {
        await client.end()
      }
    },
  }
}
