import { createStandInDatabase, generateStandInData, readerUrl } from "@portal/integrations/orderflow/stand-in"
import pg from "pg"

/** The test PostgreSQL server that @medusajs/test-utils uses too (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD). */
const server = `postgres://${process.env.DB_USERNAME ?? "postgres"}:${process.env.DB_PASSWORD ?? "postgres"}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}`

async function asAdmin(statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: `${server}/postgres` })
  await admin.connect()
  try {
    for (const statement of statements) await admin.query(statement)
  } finally {
    await admin.end()
  }
}

/**
 * A stand-in OrderFlow database for one spec file: recreated and filled with the `test` size on demand. The data
 * for a seed is generated once per spec file into a template database; each recreate is then a copy of it
 * (PostgreSQL copies the files), so a suite that starts every test from a fresh ERP does not regenerate it.
 */
export function standInErp(name: string) {
  const url = `${server}/${name}`
  const generated = new Set<string>()
  return {
    url,
    readerUrl: readerUrl(url),
    async recreate(seed: number, now = new Date("2026-11-01T08:00:00Z")): Promise<void> {
      const template = `${name}_seed_${seed}_${now.getTime()}`
      if (!generated.has(template)) {
        // template0: the test server's template1 holds Medusa's migrated schema (scripts/test.ts), not an ERP's.
        await asAdmin([`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`, `CREATE DATABASE ${template} TEMPLATE template0`])
        const templateUrl = `${server}/${template}`
        await createStandInDatabase(templateUrl)
        await generateStandInData(templateUrl, { size: "test", seed, now })
        generated.add(template)
      }
      await asAdmin([`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name} TEMPLATE ${template}`])
      // A copy does not carry the database's own grants: the read-only role is granted again.
      await createStandInDatabase(url)
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
