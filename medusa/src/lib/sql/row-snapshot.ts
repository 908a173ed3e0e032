import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Rows of one table as they were before a step wrote them: what the step's compensation puts back, so each step
 * undoes exactly its own writes (rows it added disappear, rows it changed get their old values, nothing else moves).
 * Each row is kept as PostgreSQL's own JSON text, so numeric scale and large integers come back exactly.
 */
export interface RowSnapshot {
  table: string
  key: string
  keys: string[] | number[]
  rows: string[]
}

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`

/** The rows of `table` whose `key` is one of `keys`, whole. */
export async function snapshotRows(knex: Knex, table: string, key: string, keys: string[] | number[]): Promise<RowSnapshot> {
  if (keys.length === 0) return { table, key, keys, rows: [] }
  const { rows } = await knex.raw(`SELECT to_jsonb(t)::text AS row FROM ${identifier(table)} t WHERE t.${identifier(key)} = ANY(?)`, [keys])
  return { table, key, keys, rows: (rows as { row: string }[]).map((entry) => entry.row) }
}

/**
 * Puts the snapshots' rows back as they were and removes the rows with those keys that they did not hold, all in
 * one transaction (a savepoint inside a caller's): nobody sees a row missing halfway, and a failure changes nothing.
 */
export async function restoreRows(knex: Knex, ...snapshots: RowSnapshot[]): Promise<void> {
  await knex.transaction(async (trx) => {
    for (const snapshot of snapshots) {
      if (snapshot.keys.length === 0) continue
      const table = identifier(snapshot.table)
      await trx.raw(`DELETE FROM ${table} WHERE ${identifier(snapshot.key)} = ANY(?)`, [snapshot.keys])
      if (snapshot.rows.length === 0) continue
      // Generated columns (erp_order.visible_until) are computed again, never written.
      const { rows } = await trx.raw(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        [snapshot.table]
      )
      const columns = (rows as { column_name: string }[]).map((row) => identifier(row.column_name)).join(", ")
      await trx.raw(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, ?::jsonb)`, [`[${snapshot.rows.join(",")}]`])
    }
  })
}
