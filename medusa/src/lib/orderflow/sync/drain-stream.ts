import type { ChangeCursor, ChangePage } from "@portal/integrations/orderflow"
import type OrderflowSyncModuleService from "../../../modules/orderflow-sync/service"

/** Moves an ERP wall-clock timestamp text by whole minutes, staying in the ERP's own text form. */
export function shiftErpTimestamp(text: string, minutes: number): string {
  const [date, time = "00:00:00"] = text.split(" ")
  const shifted = new Date(Date.parse(`${date}T${time.slice(0, 8)}Z`) + minutes * 60_000)
  return shifted.toISOString().slice(0, 19).replace("T", " ")
}

/** One sync run's settings and tallies, shared by its streams. */
export interface DrainRun {
  sync: OrderflowSyncModuleService
  overlapMinutes: number
  readFrom?: string
  concurrency: number
  onProgress?: (stream: string, applied: number) => void
  applied: Record<string, number>
  streamMs: Record<string, number>
}

/** One ERP stream: how to read a page after a position, apply its rows, and place a row in the stream. */
export interface StreamSource<T> {
  stream: string
  read: (after: ChangeCursor | null) => Promise<ChangePage<T>>
  apply: (rows: T[]) => Promise<void>
  cursorOf: (row: T) => ChangeCursor
  /** The page's rows not yet applied at their last_upd (for streams the reader does not already filter). */
  notYetApplied?: (rows: T[]) => Promise<T[]>
}

/**
 * Reads a stream page by page and applies up to `concurrency` pages at once (each on its own connection, so
 * PostgreSQL works on several cores). Positions are saved strictly in page order, only once every earlier page
 * is applied: a stop never skips a page. A row read twice (changed while the run was going) waits for its
 * earlier page, so no row is ever applied by two pages at the same time.
 */
export async function drainStream<T>(run: DrainRun, { stream, read, apply, cursorOf, notYetApplied = async (rows) => rows }: StreamSource<T>): Promise<void> {
const { sync, applied, streamMs, concurrency } = run
  const stored = await sync.readCursor(stream)
  let after: ChangeCursor | null = stored ? { lastUpd: shiftErpTimestamp(stored.lastUpd, -run.overlapMinutes), key: "" } : null
  if (stored && after && run.readFrom && run.readFrom > after.lastUpd) {
    after = run.readFrom >= stored.lastUpd ? stored : { lastUpd: run.readFrom, key: "" }
  }
  applied[stream] = 0
  const streamStarted = Date.now()
  const inFlight = new Set<{ keys: Set<string>; settled: Promise<void> }>()
  let saved: Promise<void> = Promise.resolve()
  let failed = false
  while (!failed) {
    const page = await read(after)
    // A page can be empty but not the end when the reader left out rows that are already applied.
    if (page.rows.length === 0 && !page.last) break
    const keys = new Set(page.rows.map((row) => cursorOf(row).key))
    const overlapsWith = [...inFlight].filter((other) => [...keys].some((key) => other.keys.has(key)))
    while (inFlight.size >= concurrency || overlapsWith.some((other) => inFlight.has(other))) await Promise.race([...inFlight].map((other) => other.settled))

    // The overlap window re-reads rows applied by earlier runs: skip those whose last_upd is the one applied,
    // so a bulk change in the ERP is not re-applied every second for the whole window.
    const applying = (async () => {
      const fresh = page.rows.length ? await notYetApplied(page.rows) : []
      if (fresh.length > 0) await apply(fresh)
      return fresh.length
    })()
    const last = page.last ?? cursorOf(page.rows[page.rows.length - 1]!)
    saved = Promise.all([saved, applying]).then(async ([, count]) => {
      await sync.saveCursor(stream, last, count)
      applied[stream] += count
      run.onProgress?.(stream, applied[stream]!)
    })
    // Handled here so a failure waits, unreported, for the `await saved` below that rethrows it.
    saved.catch(() => undefined)
    const entry = {
      keys,
      settled: applying.then(
        () => undefined,
        () => {
          failed = true
        }
      ),
    }
    void entry.settled.finally(() => inFlight.delete(entry))
    inFlight.add(entry)
    if (!page.next) break
    after = page.next
  }
  await Promise.all([...inFlight].map((entry) => entry.settled))
  await saved
  streamMs[stream] = Date.now() - streamStarted
}
