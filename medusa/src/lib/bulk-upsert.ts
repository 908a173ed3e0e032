import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { PoolClient } from "pg"
import { from as copyFrom } from "pg-copy-streams"
import { newEntityId } from "./entity-id"

export type Row = Record<string, string | number | boolean | Date | null | undefined | object>

const COPY_SPECIAL = /[\\\t\n\r]/
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" }
const escapeCopy = (text: string) => (COPY_SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (char) => COPY_ESCAPES[char]!) : text)

/**
 * One value in COPY's text format: \N for null, JSON for objects, backslash escapes for the rest. On the import's
 * hot path (tens of millions of values): numbers and booleans need no escaping, and most text none either.
 */
function copyText(value: Row[string]): string {
  switch (typeof value) {
    case "number":
      return String(value)
    case "string":
      return escapeCopy(value)
    case "boolean":
      return value ? "t" : "f"
    case "undefined":
      return "\\N"
    default:
      if (value === null) return "\\N"
      return escapeCopy(value instanceof Date ? value.toISOString() : JSON.stringify(value))
  }
}

function* copyLines(rows: Row[], columns: string[]): Generator<string> {
  let chunk = ""
  let count = 0
  for (const row of rows) {
    let line = copyText(row[columns[0]!])
    for (let index = 1; index < columns.length; index++) line += `\t${copyText(row[columns[index]!])}`
    chunk += `${line}\n`
    if (++count === 500) {
      yield chunk
      chunk = ""
      count = 0
    }
  }
  if (chunk) yield chunk
}

/**
 * Streams rows into a table with COPY, the fastest way PostgreSQL takes many rows (an ERP import writes a million).
 * Runs on the connection of `knex`, so inside a transaction it is part of it. Columns left out take their defaults.
 */
export async function bulkInsert(knex: Knex, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0]!)
  // Knex has no COPY; its client hands out the underlying pg connection (the transaction's own inside one).
  const client = knex.client as { acquireConnection(): Promise<PoolClient>; releaseConnection(connection: PoolClient): Promise<void> }
  const connection = await client.acquireConnection()
  try {
    const copy = connection.query(copyFrom(`COPY "${table}" (${columns.map((column) => `"${column}"`).join(",")}) FROM STDIN`))
    await pipeline(Readable.from(copyLines(rows, columns)), copy)
  } finally {
    await client.releaseConnection(connection)
  }
}

/**
 * INSERT … ON CONFLICT DO UPDATE for many rows: COPY into a staging table, then one upsert from it. The generated
 * module methods write row by row, far too slow for an ERP import. Rows keep their id when they already exist.
 * Medusa's unique indexes are partial (deleted_at IS NULL), so the conflict target names that predicate.
 * When none of the rows exists yet (every page of a first import), they are copied straight into the table.
 * The sync never applies the same keys in two transactions at once; should another writer insert one meanwhile, the
 * COPY fails on the unique index, nothing of the page is kept, and the next run upserts it.
 * Returns the first conflict column's value (as text) of each row that was new, so callers can announce them.
 */
export async function bulkUpsert(knex: Knex, table: string, conflictColumns: string[], rows: Row[], { idPrefix }: { idPrefix: string }): Promise<string[]> {
  if (rows.length === 0) return []
  const withIds = rows.map((row) => ({ id: newEntityId(idPrefix), ...row }))
  const columns = Object.keys(withIds[0]!)
  const columnList = columns.map((column) => `"${column}"`).join(",")
  const updates = columns.filter((column) => column !== "id" && !conflictColumns.includes(column))
  const firstKey = conflictColumns[0]!
  const keys = [...new Set(rows.map((row) => String(row[firstKey])))]
  const { rows: existing } = await knex.raw(`SELECT 1 FROM "${table}" WHERE "${firstKey}" = ANY(?) AND deleted_at IS NULL LIMIT 1`, [keys])
  if (existing.length === 0) {
    await bulkInsert(knex, table, withIds)
    return keys
  }
  const staging = `staging_${table}`
  // The staging table lives on one connection, so all of this runs in one transaction (a savepoint inside another).
  return await knex.transaction(async (trx) => {
    await trx.raw(`CREATE TEMP TABLE IF NOT EXISTS "${staging}" (LIKE "${table}" INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`)
    await trx.raw(`TRUNCATE "${staging}"`)
    await bulkInsert(trx, staging, withIds)
    // xmax is 0 on a row version that an INSERT made, not an UPDATE: the rows that were new.
    const { rows: written } = await trx.raw(
      `INSERT INTO "${table}" (${columnList}) SELECT ${columnList} FROM "${staging}"
       ON CONFLICT (${conflictColumns.map((c) => `"${c}"`).join(",")}) WHERE deleted_at IS NULL DO UPDATE SET
       ${[...updates.map((c) => `"${c}" = EXCLUDED."${c}"`), `"updated_at" = now()`].join(", ")}
       RETURNING "${firstKey}"::text AS key, (xmax = 0) AS inserted`
    )
    return [...new Set((written as { key: string; inserted: boolean }[]).filter((row) => row.inserted).map((row) => row.key))]
  })
}
