import type pg from "pg"

type Value = string | number | null
type Row = Record<string, Value>

/** Tables in foreign-key order: a flush writes parents before children. */
const TABLE_ORDER = ["product", "cust_master", "cust_address", "ord_hdr", "ord_line", "ord_status_hist", "shipment", "inv_hdr", "inv_line", "pay_txn", "pay_alloc"] as const
type Table = (typeof TABLE_ORDER)[number]
const KEY_COLUMN: Partial<Record<Table, string>> = { inv_hdr: "inv_no" }
const MAX_PARAMETERS = 60_000

/**
 * Buffers generated rows and writes them with multi-row INSERTs. A row can be tagged and patched later;
 * if it was written in the meantime, the patch becomes an UPDATE.
 */
export class RowWriter {
  private readonly buffers = new Map<Table, Row[]>()
  private readonly tagged = new Map<string, Row>()
  private readonly updates = new Map<Table, { key: string; values: Row }[]>()
  pending = 0

  constructor(private readonly client: pg.Client) {}

  add(table: Table, row: Row): void {
    const rows = this.buffers.get(table) ?? []
    rows.push(row)
    this.buffers.set(table, rows)
    this.pending += 1
  }

  /** Makes the last row added to `table` addressable by `key` for `update`. */
  tag(table: Table, key: string): void {
    const rows = this.buffers.get(table)
    if (rows?.length) this.tagged.set(`${table}:${key}`, rows[rows.length - 1]!)
  }

  update(table: Table, key: string, values: Row): void {
    const row = this.tagged.get(`${table}:${key}`)
    if (row) Object.assign(row, values)
    else this.updates.set(table, [...(this.updates.get(table) ?? []), { key, values }])
  }

  async flush(): Promise<void> {
    for (const table of TABLE_ORDER) {
      const rows = this.buffers.get(table)
      if (!rows?.length) continue
      const columns = Object.keys(rows[0]!)
      const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length))
      for (let offset = 0; offset < rows.length; offset += perStatement) {
        const chunk = rows.slice(offset, offset + perStatement)
        const params: Value[] = []
        const tuples = chunk.map((row) => `(${columns.map((column) => `$${params.push(row[column] ?? null)}`).join(",")})`)
        await this.client.query(`INSERT INTO ${table} (${columns.join(",")}) VALUES ${tuples.join(",")}`, params)
      }
    }
    for (const [table, updates] of this.updates) {
      const keyColumn = KEY_COLUMN[table]
      if (!keyColumn) throw new Error(`No key column known for updates to ${table}`)
      for (const { key, values } of updates) {
        const columns = Object.keys(values)
        const assignments = columns.map((column, index) => `${column} = $${index + 2}`).join(", ")
        await this.client.query(`UPDATE ${table} SET ${assignments} WHERE ${keyColumn} = $1`, [key, ...columns.map((column) => values[column] ?? null)])
      }
    }
    this.buffers.clear()
    this.tagged.clear()
    this.updates.clear()
    this.pending = 0
  }
}
