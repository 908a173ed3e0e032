import { randomFillSync } from "node:crypto"
import { factory } from "ulid"

/**
 * Medusa's entity ids (`prefix_` + a ULID), for bulk inserts. Medusa's generateEntityId draws one
 * crypto.randomBytes call per character, which dominated an import of a million rows; this draws the same
 * cryptographic randomness from a pooled buffer.
 */
const pool = new Uint32Array(8_192)
let next = pool.length
const ulid = factory(() => {
  if (next === pool.length) {
    randomFillSync(pool)
    next = 0
  }
  return pool[next++]! / 0x1_0000_0000
})

export function newEntityId(prefix: string): string {
  return `${prefix}_${ulid()}`
}
