import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { centsToDecimalString } from "@portal/integrations"

export type Row = Record<string, string | number | boolean | Date | null | undefined | object>

/** A money column for a Medusa bigNumber field: the numeric value and its raw JSON twin, from exact cents. */
export function money(column: string, cents: number): Row {
  const value = centsToDecimalString(cents)
  return { [column]: value, [`raw_${column}`]: { value, precision: 20 } }
}

/**
 * INSERT … ON CONFLICT DO UPDATE for many rows in one statement per chunk: the generated module methods
 * write row by row, which is far too slow for an ERP import. Rows keep their id when they already exist.
 * Medusa's unique indexes are partial (deleted_at IS NULL), so the conflict target names that predicate.
 */
export async function bulkUpsert(
  knex: Knex,
  table: string,
  conflictColumns: string[],
  rows: Row[],
  { idPrefix, chunkSize = 1_000 }: { idPrefix: string; chunkSize?: number }
): Promise<void> {
  if (rows.length === 0) return
  const columns = ["id", ...Object.keys(rows[0]!)]
  const updates = columns.filter((column) => column !== "id" && !conflictColumns.includes(column))
  for (let offset = 0; offset < rows.length; offset += chunkSize) {
    const chunk = rows.slice(offset, offset + chunkSize)
    const values: unknown[] = []
    const tuples = chunk.map((row) => {
      const withId: Row = { id: generateEntityId(undefined, idPrefix), ...row }
      return `(${columns.map((column) => {
        const value = withId[column]
        values.push(value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value ?? null)
        return "?"
      }).join(",")})`
    })
    await knex.raw(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}
       ON CONFLICT (${conflictColumns.map((c) => `"${c}"`).join(",")}) WHERE deleted_at IS NULL DO UPDATE SET
       ${[...updates.map((c) => `"${c}" = EXCLUDED."${c}"`), `"updated_at" = now()`].join(", ")}`,
      values as Knex.RawBinding[]
    )
  }
}

/**
 * Plain INSERT of many rows as one JSON parameter per chunk (json_populate_recordset types every column from the
 * table itself). Columns left out of the rows take their defaults.
 */
export async function bulkInsert(knex: Knex, table: string, rows: Row[], chunkSize = 5_000): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0]!).map((column) => `"${column}"`).join(",")
  for (let offset = 0; offset < rows.length; offset += chunkSize) {
    await knex.raw(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", ?::json)`, [
      JSON.stringify(rows.slice(offset, offset + chunkSize)),
    ])
  }
}
